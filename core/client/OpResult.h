#pragma once

#include "core/client/Outcome.h"
#include "core/common/Ttl.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace lockboard {

// What one operation did, where, and how long it took. The message is for an
// operator: it starts with the server's name and says what happened, e.g.
// "10.0.0.5:11211: connection refused (is memcached running there?)".
struct OpResult
{
    Op op = Op::Get;
    Outcome outcome = Outcome::OtherError;
    int server = -1; // index in the profile's server list; -1 when never sent
    QString serverName;
    qint64 elapsedUs = 0;
    QString message;

    QByteArray key;
    QByteArray value;          // get, gets
    quint32 flags = 0;         // get, gets
    quint64 cas = 0;           // get, gets
    quint64 number = 0;        // incr, decr: the new value
    qint64 ttl = ttl::Unknown; // metaGet: seconds left, or ttl::Never
    QList<QPair<QByteArray, QByteArray>> stats;

    [[nodiscard]] bool ok() const { return isSuccess(outcome); }

    // The failure, as every part of core reports one: set when the outcome is
    // an error (not for successes or memcached's normal refusals: not stored,
    // exists, not found), with the same message, the server and the key.
    [[nodiscard]] std::optional<Error> error() const
    {
        if (!isError(outcome))
            return std::nullopt;
        return Error(errorKindOf(outcome), message, serverName, key);
    }
};

} // namespace lockboard
