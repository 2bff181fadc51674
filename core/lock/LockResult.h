#pragma once

#include "core/client/OpResult.h"
#include "core/lock/OwnerToken.h"

#include <optional>

namespace lockboard {

enum class LockStatus
{
    Acquired,    // acquire: the lock is ours
    Refreshed,   // refresh: still ours, TTL extended
    Released,    // release: was ours, now deleted
    Held,        // acquire: another holder has it
    NotHeld,     // release/refresh: no longer ours (it expired, or expired and was taken over)
    Unavailable, // the lock's home server could not be used: neither taken nor free
    Failed,      // anything else: a bad name, a server error, out of memory
};

// What became of one lock operation. message says it in an operator's words
// and names the lock and the server.
struct LockResult
{
    LockStatus status = LockStatus::Failed;
    QString message;
    QString name;
    QByteArray key;
    int server = -1;
    QString serverName;
    int attempts = 0;

    // Acquired / Refreshed: the fencing token of this acquisition.
    quint64 fencingToken = 0;

    // Held: what is known of the holder (from one mg after the last try).
    QByteArray holderValue;
    quint32 holderFlags = 0;
    qint64 holderTtl = ttl::Unknown;  // seconds left, or ttl::Never
    std::optional<OwnerToken> holder; // when the holder is a Lockboard lock

    OpResult last; // the last memcached operation behind this result

    [[nodiscard]] bool ok() const
    {
        return status == LockStatus::Acquired || status == LockStatus::Refreshed ||
               status == LockStatus::Released;
    }

    // The failure behind Unavailable or Failed, as every part of core reports
    // one: the server's error kind when a server failed, else InvalidArgument
    // (a bad name, a misuse); the message is this result's.
    [[nodiscard]] std::optional<Error> error() const
    {
        if (status != LockStatus::Unavailable && status != LockStatus::Failed)
            return std::nullopt;
        const auto failed = last.error();
        return Error(failed ? failed->kind : ErrorKind::InvalidArgument, message, serverName, key);
    }
};

} // namespace lockboard
