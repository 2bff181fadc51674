#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

#include <optional>

namespace lockboard {

// The reply to "stats" or "stats <group>": "STAT <name> <value>\r\n" lines and
// "END\r\n". Values may contain spaces ("STAT libevent 2.1.12-stable").
class StatsReply
{
public:
    // A whole reply, END included. ERROR, CLIENT_ERROR, SERVER_ERROR and any
    // line that is not a STAT line are errors that quote the line.
    [[nodiscard]] static Result<StatsReply> parse(QByteArrayView reply);
    // How many bytes at the start of buffer make one complete reply (through its
    // END or error line, or through a line that is not a STAT line, for parse()
    // to refuse), or -1 while more bytes are needed.
    [[nodiscard]] static qsizetype replyLength(QByteArrayView buffer);

    [[nodiscard]] const QList<QPair<QByteArray, QByteArray>>& values() const { return m_values; }
    [[nodiscard]] std::optional<QByteArray> value(QByteArrayView name) const;
    [[nodiscard]] std::optional<qint64> number(QByteArrayView name) const;

private:
    QList<QPair<QByteArray, QByteArray>> m_values;
};

} // namespace lockboard
