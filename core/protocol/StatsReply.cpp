#include "core/protocol/StatsReply.h"

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

qsizetype StatsReply::replyLength(QByteArrayView buffer)
{
    qsizetype at = 0;
    while (at < buffer.size()) {
        const qsizetype end = buffer.indexOf("\r\n", at);
        if (end < 0)
            return -1;
        const QByteArrayView line = buffer.sliced(at, end - at);
        at = end + 2;
        if (!line.startsWith("STAT "))
            return at; // END, an error, or garbage: the reply ends here either way
    }
    return -1;
}

Result<StatsReply> StatsReply::parse(QByteArrayView reply)
{
    StatsReply stats;
    qsizetype at = 0;
    while (at < reply.size()) {
        const qsizetype end = reply.indexOf("\r\n", at);
        if (end < 0)
            return Error{ErrorKind::ProtocolError,
                         ProtocolText::tr("the stats reply ends without END: %1")
                             .arg(quote(reply.sliced(at), 60))};
        const QByteArrayView line = reply.sliced(at, end - at);
        at = end + 2;
        if (line == "END") {
            if (at != reply.size())
                return Error{ErrorKind::ProtocolError,
                             ProtocolText::tr("unexpected bytes after the stats reply: %1")
                                 .arg(quote(reply.sliced(at), 60))};
            return stats;
        }
        if (line == "ERROR")
            return Error{ErrorKind::ServerError,
                         ProtocolText::tr("the server does not know this stats command (ERROR)")};
        if (line.startsWith("CLIENT_ERROR") || line.startsWith("SERVER_ERROR"))
            return Error{ErrorKind::ServerError,
                         ProtocolText::tr("the server refused stats: %1").arg(quote(line, 100))};
        if (!line.startsWith("STAT "))
            return Error{
                ErrorKind::ProtocolError,
                ProtocolText::tr("protocol error: not a stats line: %1").arg(quote(line, 60))};
        const QByteArrayView rest = line.sliced(5);
        const qsizetype space = rest.indexOf(' ');
        const QByteArrayView name = space < 0 ? rest : rest.first(space);
        if (name.isEmpty())
            return Error{ErrorKind::ProtocolError,
                         ProtocolText::tr("a stats line without a name: %1").arg(quote(line, 60))};
        stats.m_values.append(
            {name.toByteArray(), space < 0 ? QByteArray() : rest.sliced(space + 1).toByteArray()});
    }
    return Error{ErrorKind::ProtocolError, ProtocolText::tr("the stats reply ends without END")};
}

std::optional<QByteArray> StatsReply::value(QByteArrayView name) const
{
    for (const auto& [key, value] : m_values)
        if (key == name)
            return value;
    return std::nullopt;
}

std::optional<qint64> StatsReply::number(QByteArrayView name) const
{
    const auto text = value(name);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const qint64 number = text->toLongLong(&ok);
    return ok ? std::optional<qint64>(number) : std::nullopt;
}

} // namespace lockboard
