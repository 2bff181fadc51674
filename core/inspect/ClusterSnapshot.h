#pragma once

#include "core/common/Error.h"
#include "core/common/Ttl.h"
#include "core/config/Security.h"
#include "core/inspect/Freshness.h"
#include "core/lock/OwnerToken.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <string_view>

namespace lockboard {

// One server's health at the time of a refresh.
struct ServerHealth
{
    int index = -1;
    QString server; // as written in the server list
    bool up = false;
    // Why it is down, or why its scan failed (it can be up with a failed scan).
    std::optional<Error> error;
    double connectMs = -1;
    double latencyMs = -1; // the stats round trip
    // How our connection got in: TLS (and whether the server's certificate
    // was verified), memcached -Y authentication.
    bool encrypted = false;
    bool verified = false;
    bool authenticated = false;
    QString version;
    qint64 pid = 0;
    qint64 uptime = -1;
    qint64 serverTime = 0;  // the server's clock, Unix seconds
    bool restarted = false; // since the previous refresh: uptime went down or the pid changed
    qint64 items = 0;
    qint64 connections = 0;
    qint64 maxConnections = 0;
    qint64 evictions = 0;
    qint64 bytes = 0;
    qint64 limitBytes = 0;
    bool evictionsOff = false;   // stats settings: -M, so a full server refuses sets
    qint64 itemSizeMax = 0;      // stats settings: the largest item it stores (-I)
    double hitRatio = -1;        // get_hits / (get_hits + get_misses); -1 before any get
    qint64 serverFailedSets = 0; // store_too_large + store_no_memory
    qint64 ownFailedSets = 0;    // this process's failed sets there that the server did not count
    qint64 operations = 0;       // commands served since the server started (a counter)
    bool scanned = false;        // its locks were read (by walk, by name, or known ones again)

    // How the server's locks are found. Walk: its keyspace is walked now and
    // then (lru_crawler metadump hash) and the locks found are re-read each
    // refresh. Names: it refuses walks (memcached -X) or the profile says so;
    // only locks whose names are known are seen there.
    enum class Listing
    {
        Walk,
        Names
    };
    Listing listing = Listing::Walk;
    QString listingNote;    // Names: why, and what cannot be seen
    bool walked = false;    // this refresh walked the keyspace
    qint64 keysScanned = 0; // lines of the last completed walk
    QDateTime lastWalkAt;   // UTC; invalid before the first walk
    double lastWalkSeconds = -1;
    QDateTime nextWalkAt; // UTC; when the next scheduled walk is due
    // Class walks: this refresh walked the slab classes locks live in (the
    // stream is off), with how many dump lines; walkDeferred: a walk was due
    // but the server's one crawler was busy (another observer's walk, or
    // memcached's own): it is made at the next refresh, and that is no failure.
    bool classWalked = false;
    QList<int> walkedClasses;
    qint64 classWalkLines = 0;
    bool walkDeferred = false;
    // How late a lock taken there now can be listed, and by what.
    Freshness freshness;
    qint64 locksRead = 0; // lock keys read this refresh (one pipelined mg batch)
    qint64 bytesRead = 0; // bytes this refresh read from the server, walk included

    [[nodiscard]] qint64 failedSets() const { return serverFailedSets + ownFailedSets; }
    // The error's message; empty when there is none.
    [[nodiscard]] QString errorText() const { return error ? error->message : QString(); }
    // "TLS, authenticated", "plain", ...: how our connection got in.
    [[nodiscard]] QString linkText() const
    {
        return lockboard::linkText(encrypted, verified, authenticated);
    }
};

// One copy of a lock key found on one server.
struct LockRecord
{
    QString name;
    QString recipe; // the profile's recipe that names it: "django", "celery", "laravel", "custom"
    QByteArray key;
    int version = 1;
    int server = -1;
    QString serverName;
    int home = -1;
    QString homeName;
    bool misplaced = false;            // this copy is not on the key's home
    bool split = false;                // the key is on more than one server
    qint64 ttl = ttl::Unknown;         // seconds left, or ttl::Never
    qint64 readAtMs = 0;               // when it was read (and ttl was true), ms since the epoch
    std::optional<QDateTime> acquired; // from a Lockboard owner token
    qint64 idleSeconds = -1;           // since the item was last written or read (metadump la)
    std::optional<OwnerToken> owner;
    QString ownerKind;   // what the value says about the holder (describeOwner): "uuid v1", ...
    QString ownerDetail; // for people; empty when the value says nothing, and for tokens (owner)
    // The recipe's holders compare their owner before releasing (Laravel):
    // a force release takes the lock from under a holder that still believes
    // it holds it, so it needs the operator's explicit consent.
    bool releaseComparesOwner = false;
    bool holdsLock = true;    // false: a cache value whose key looks like a lock's (holdsLock())
    quint64 fencingToken = 0; // Lockboard locks: the acquisition's CAS
    quint64 cas = 0;
    quint32 flags = 0;
    qint64 size = 0;
    QByteArray rawValue;
    QString valueKind;
    QString value; // decoded for display
};

// What orders ClusterSnapshot::locks, as plain views (sortLocks sorts these
// rather than whole records).
struct LockOrder
{
    std::u16string_view name;
    int server = -1;
    std::string_view key;

    explicit LockOrder(const LockRecord& lock)
        : name(reinterpret_cast<const char16_t*>(lock.name.constData()), size_t(lock.name.size()))
        , server(lock.server)
        , key(lock.key.constData(), size_t(lock.key.size()))
    {}
    explicit LockOrder(const LockRecord&&) = delete; // the views would outlive the record

    // The order of ClusterSnapshot::locks: by name, then server, then key (a
    // name can have keys of several Django versions). Names compare by UTF-16
    // unit as QString::compare does, keys by unsigned byte as QByteArray's
    // compare, shorter first. Negative, zero or positive.
    [[nodiscard]] int compare(const LockOrder& other) const
    {
        if (const int byName = name.compare(other.name); byName != 0)
            return byName;
        if (server != other.server)
            return server < other.server ? -1 : 1;
        return key.compare(other.key);
    }
};

[[nodiscard]] inline int compareLocks(const LockRecord& a, const LockRecord& b)
{
    if (a.server == b.server && a.key == b.key)
        return 0; // the common case when diffing refreshes; the key decides the name
    return LockOrder(a).compare(LockOrder(b));
}

[[nodiscard]] inline bool lockBefore(const LockRecord& a, const LockRecord& b)
{
    return compareLocks(a, b) < 0;
}

struct ClusterSnapshot
{
    QDateTime takenAt; // UTC
    QList<ServerHealth> servers;
    QList<LockRecord> locks; // sorted by lockBefore
    QList<QByteArray> keys;  // the distinct lock keys, in the locks' order (markSplitCopies)
};

} // namespace lockboard
