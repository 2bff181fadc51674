#include "app/lockboardctl/JsonWriter.h"

#include <QString>

#include <charconv>

namespace lockboard::cli {

namespace {

constexpr char HexDigits[] = "0123456789abcdef";

void putUtf8(std::string& out, char32_t point)
{
    if (point < 0x800) {
        out += char(0xc0 | (point >> 6));
    } else if (point < 0x10000) {
        out += char(0xe0 | (point >> 12));
        out += char(0x80 | ((point >> 6) & 0x3f));
    } else {
        out += char(0xf0 | (point >> 18));
        out += char(0x80 | ((point >> 12) & 0x3f));
        out += char(0x80 | ((point >> 6) & 0x3f));
    }
    out += char(0x80 | (point & 0x3f));
}

// An ASCII character as JSON wants it inside a string.
void putAscii(std::string& out, char16_t c)
{
    if (c < 0x20) {
        const char escaped[] = {'\\', 'u', '0', '0', HexDigits[c >> 4], HexDigits[c & 0xf]};
        out.append(escaped, sizeof escaped);
        return;
    }
    if (c == u'"' || c == u'\\')
        out += '\\';
    out += char(c);
}

template <typename Number> void putNumber(std::string& out, Number value)
{
    char digits[24];
    const auto written = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, written.ptr);
}

} // namespace

JsonWriter::JsonWriter(std::string& out)
    : m_out(out)
{
    m_out += '{';
}

void JsonWriter::key(QLatin1StringView name)
{
    if (m_fields++ > 0)
        m_out += ',';
    m_out += '"';
    m_out.append(name.data(), size_t(name.size())); // our own names: nothing to escape
    m_out += "\":";
}

void JsonWriter::appendString(std::string& out, QStringView text)
{
    out += '"';
    const char16_t* units = text.utf16();
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        // A run that needs no escape and no encoding (nearly every string
        // here) is copied through a pointer, a byte per unit.
        qsizetype run = i;
        while (run < size && units[run] >= 0x20 && units[run] < 0x80 && units[run] != u'"' &&
               units[run] != u'\\')
            ++run;
        if (run > i) {
            const size_t start = out.size();
            out.resize(start + size_t(run - i));
            char* p = out.data() + start;
            for (; i < run; ++i)
                *p++ = char(units[i]);
            continue;
        }
        const char16_t c = units[i++];
        if (c < 0x80)
            putAscii(out, c);
        else if (QChar::isHighSurrogate(c) && i < size && QChar::isLowSurrogate(units[i]))
            putUtf8(out, QChar::surrogateToUcs4(c, units[i++]));
        else if (QChar::isSurrogate(c))
            putUtf8(out, QChar::ReplacementCharacter);
        else
            putUtf8(out, c);
    }
    out += '"';
}

void JsonWriter::field(QLatin1StringView name, QStringView value)
{
    key(name);
    appendString(m_out, value);
}

void JsonWriter::utf8Field(QLatin1StringView name, QByteArrayView value)
{
    key(name);
    // Keys are ASCII nearly always: escaped as they are, else decoded first.
    for (const char byte : value) {
        if (uchar(byte) >= 0x80) {
            appendString(m_out, QString::fromUtf8(value));
            return;
        }
    }
    m_out += '"';
    for (const char byte : value)
        putAscii(m_out, char16_t(byte)); // few: keys are short
    m_out += '"';
}

void JsonWriter::field(QLatin1StringView name, qint64 value)
{
    key(name);
    putNumber(m_out, value);
}

void JsonWriter::numberAsString(QLatin1StringView name, quint64 value)
{
    key(name);
    m_out += '"';
    putNumber(m_out, value);
    m_out += '"';
}

void JsonWriter::field(QLatin1StringView name, bool value)
{
    key(name);
    m_out += value ? "true" : "false";
}

void JsonWriter::null(QLatin1StringView name)
{
    key(name);
    m_out += "null";
}

void JsonWriter::raw(QLatin1StringView name, std::string_view json)
{
    key(name);
    m_out += json;
}

std::string& JsonWriter::close()
{
    m_out += '}';
    return m_out;
}

} // namespace lockboard::cli
