#pragma once

#include <QByteArrayView>
#include <QStringView>

#include <string>

namespace lockboard::cli {

// One JSON object written field by field as UTF-8 into a byte buffer: for the
// long lists (`locks --json` of a hundred thousand locks), where a QJsonObject
// per row, or a QString converted at the end, costs more than the inspection.
// The buffer is a std::string: appending to it is a few instructions, where
// QByteArray's append is a call through its aliasing checks.
// Strings are escaped as RFC 8259 requires; a lone UTF-16 surrogate becomes
// U+FFFD, the replacement character, as invalid UTF-8 in a key does.
class JsonWriter
{
public:
    explicit JsonWriter(std::string& out);

    void field(QLatin1StringView name, QStringView value);
    // A string given as UTF-8 bytes (a key): invalid sequences become U+FFFD.
    void utf8Field(QLatin1StringView name, QByteArrayView value);
    void field(QLatin1StringView name, qint64 value);
    // A number written as a string: 64-bit values (CAS, fencing tokens) that
    // JSON readers with doubles would round.
    void numberAsString(QLatin1StringView name, quint64 value);
    void field(QLatin1StringView name, bool value);
    void null(QLatin1StringView name);
    // An object written by another JsonWriter.
    void raw(QLatin1StringView name, std::string_view json);
    // Ends the object; the buffer holds it whole.
    std::string& close();

    // Appends text as a JSON string, quotes included.
    static void appendString(std::string& out, QStringView text);

private:
    void key(QLatin1StringView name);

    std::string& m_out;
    int m_fields = 0;
};

} // namespace lockboard::cli
