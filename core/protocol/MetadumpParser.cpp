#include "core/protocol/MetadumpParser.h"

#include "core/common/Quote.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

// The words of this file, in the context "lockboard::protocol" for translators.
class ProtocolText
{
    Q_DECLARE_TR_FUNCTIONS(lockboard::protocol)
};

} // namespace

namespace {

constexpr qsizetype MaxLine = 4096; // a 250-byte key encodes to at most 750 bytes

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

template <typename Number> bool toNumber(QByteArrayView text, Number& out)
{
    bool negative = false;
    if (!text.isEmpty() && text.front() == '-' && std::is_signed_v<Number>) {
        negative = true;
        text = text.sliced(1);
    }
    if (text.isEmpty() || text.size() > 19)
        return false;
    quint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + quint64(c - '0');
    }
    out = negative ? Number(-qint64(value)) : Number(value);
    return true;
}

} // namespace

MetadumpParser::MetadumpParser(Filter filter, Sink sink)
    : m_filter(std::move(filter))
    , m_sink(std::move(sink))
{}

QByteArray MetadumpParser::encode(QByteArrayView raw)
{
    static constexpr char Hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(raw.size());
    for (const char c : raw) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
            (byte >= '0' && byte <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
            out += c;
        } else {
            out += '%';
            out += Hex[byte >> 4];
            out += Hex[byte & 0xF];
        }
    }
    return out;
}

bool MetadumpParser::decode(QByteArrayView encoded, QByteArray& raw)
{
    // Written through a pointer: QByteArray's += is a call per byte, and a
    // walk decodes every lock key it finds.
    raw.resize(encoded.size()); // decoding never lengthens
    char* out = raw.data();
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        if (encoded[i] != '%') {
            *out++ = encoded[i];
            continue;
        }
        if (i + 2 >= encoded.size()) {
            raw.clear();
            return false;
        }
        const int high = hexValue(encoded[i + 1]);
        const int low = hexValue(encoded[i + 2]);
        if (high < 0 || low < 0) {
            raw.clear();
            return false;
        }
        *out++ = char(high * 16 + low);
        i += 2;
    }
    raw.truncate(out - raw.constData());
    return true;
}

MetadumpParser::State MetadumpParser::fail(Failure failure, const QString& error)
{
    m_state = State::Failed;
    m_failure = failure;
    m_error = error;
    m_partial.clear();
    return m_state;
}

bool MetadumpParser::parseLine(QByteArrayView line)
{
    ++m_lines;
    if (!line.startsWith("key="))
        return false;
    const qsizetype keyEnd = line.indexOf(' ');
    const QByteArrayView encodedKey = line.sliced(4, (keyEnd < 0 ? line.size() : keyEnd) - 4);
    if (encodedKey.isEmpty())
        return false;
    if (m_filter && !m_filter(encodedKey))
        return true;
    MetadumpEntry entry;
    if (!decode(encodedKey, entry.key))
        return false;
    qsizetype at = keyEnd < 0 ? line.size() : keyEnd + 1;
    while (at < line.size()) {
        qsizetype end = line.indexOf(' ', at);
        if (end < 0)
            end = line.size();
        const QByteArrayView field = line.sliced(at, end - at);
        at = end + 1;
        const qsizetype equals = field.indexOf('=');
        if (equals <= 0)
            return false;
        const QByteArrayView name = field.first(equals);
        const QByteArrayView value = field.sliced(equals + 1);
        bool ok = true;
        if (name == "exp")
            ok = toNumber(value, entry.expires);
        else if (name == "la")
            ok = toNumber(value, entry.lastAccess);
        else if (name == "cas")
            ok = toNumber(value, entry.cas);
        else if (name == "fetch")
            entry.fetched = value == "yes";
        else if (name == "cls")
            ok = toNumber(value, entry.slabClass);
        else if (name == "size")
            ok = toNumber(value, entry.size);
        // Other fields, from newer servers, are skipped.
        if (!ok)
            return false;
    }
    ++m_kept;
    m_sink(std::move(entry));
    return true;
}

MetadumpParser::State MetadumpParser::feed(QByteArrayView chunk)
{
    if (m_state == State::Failed)
        return m_state;
    if (m_state == State::Done)
        return chunk.isEmpty() ? m_state
                               : fail(Failure::Malformed,
                                      ProtocolText::tr("unexpected bytes after the dump's END: %1")
                                          .arg(quote(chunk, 60)));

    // A line cut by the previous chunk's end: complete it first.
    if (!m_partial.isEmpty()) {
        const qsizetype newline = chunk.indexOf('\n');
        if (newline < 0) {
            m_partial += chunk;
            if (m_partial.size() > MaxLine)
                return fail(Failure::Malformed,
                            ProtocolText::tr("a metadump line longer than %1 bytes: %2")
                                .arg(MaxLine)
                                .arg(quote(m_partial, 60)));
            return m_state;
        }
        m_partial += chunk.first(newline + 1);
        const QByteArray line = std::exchange(m_partial, QByteArray());
        chunk = chunk.sliced(newline + 1);
        if (readLines(line) != State::Reading)
            return m_state == State::Done && !chunk.isEmpty()
                       ? fail(Failure::Malformed,
                              ProtocolText::tr("unexpected bytes after the dump's END: %1")
                                  .arg(quote(chunk, 60)))
                       : m_state;
    }
    return readLines(chunk);
}

MetadumpParser::State MetadumpParser::readLines(QByteArrayView chunk)
{
    // Lines end in "\n" ("END" in "\r\n"). Complete lines are parsed straight
    // from the chunk; only a line cut by the chunk's end is copied.
    qsizetype at = 0;
    while (at < chunk.size()) {
        const qsizetype newline = chunk.indexOf('\n', at);
        if (newline < 0) {
            m_partial = chunk.sliced(at).toByteArray();
            if (m_partial.size() > MaxLine)
                return fail(Failure::Malformed,
                            ProtocolText::tr("a metadump line longer than %1 bytes: %2")
                                .arg(MaxLine)
                                .arg(quote(m_partial, 60)));
            return m_state;
        }
        QByteArrayView line = chunk.sliced(at, newline - at);
        at = newline + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line == "END") {
            m_state = State::Done;
            if (at != chunk.size())
                return fail(Failure::Malformed,
                            ProtocolText::tr("unexpected bytes after the dump's END: %1")
                                .arg(quote(chunk.sliced(at), 60)));
            return m_state;
        }
        if (line.startsWith("BUSY"))
            return fail(Failure::Busy,
                        ProtocolText::tr("busy: another lru_crawler metadump is running on this "
                                         "server (memcached runs one at a time); try again in a "
                                         "moment"));
        if (line == "ERROR metadump not allowed")
            return fail(Failure::NotAllowed,
                        u"the server refuses key walks (memcached -X: \"ERROR metadump not "
                        u"allowed\")"_s);
        if (line == "ERROR" || line.startsWith("BADCLASS"))
            return fail(Failure::Unsupported,
                        ProtocolText::tr("the server does not support lru_crawler metadump hash "
                                         "(memcached 1.6.10 or newer is needed)"));
        if (line.startsWith("CLIENT_ERROR") || line.startsWith("SERVER_ERROR"))
            return fail(Failure::Refused,
                        ProtocolText::tr("the server refused the dump: %1").arg(quote(line, 100)));
        if (!parseLine(line))
            return fail(Failure::Malformed,
                        ProtocolText::tr("not a metadump line: %1").arg(quote(line, 80)));
    }
    return m_state;
}

MetadumpParser::State MetadumpParser::finish()
{
    if (m_state == State::Reading)
        return fail(
            Failure::Closed,
            m_lines == 0 && m_partial.isEmpty()
                ? ProtocolText::tr("the server closed the connection before the dump began")
                : ProtocolText::tr(
                      "the server closed the connection in the middle of the dump, after %1 lines")
                      .arg(m_lines));
    return m_state;
}

} // namespace lockboard

namespace lockboard {

ErrorKind MetadumpParser::errorKind() const
{
    switch (m_failure) {
    case Failure::Busy:
        return ErrorKind::Busy;
    case Failure::NotAllowed:
        return ErrorKind::NotAllowed;
    case Failure::Unsupported:
    case Failure::Refused:
        return ErrorKind::ServerError;
    case Failure::Malformed:
        return ErrorKind::ProtocolError;
    case Failure::Closed:
        return ErrorKind::ConnectionFailed;
    case Failure::None:
        break;
    }
    return ErrorKind::Other;
}

} // namespace lockboard
