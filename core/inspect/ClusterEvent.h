#pragma once

#include "core/config/Profile.h"
#include "core/inspect/ClusterSnapshot.h"
#include "core/inspect/ReleaseResult.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace lockboard {

// Something an operator should notice between two refreshes of a cluster.
struct ClusterEvent
{
    enum class Kind
    {
        ServerDown,
        ServerUp,
        ServerRestarted,
        ScanFailed,
        NamesMode,     // the server is read by lock name only: unknown names cannot be seen there
        LockMisplaced, // a copy appeared on a server that is not the key's home
        LockSplit,     // a lock key appeared on more than one server
        LockNoTtl,     // a lock that never expires appeared
        Released,      // an operator's force release
        ReleaseFailed,
    };
    enum class Severity
    {
        Info,
        Warning,
        Critical
    };

    QDateTime at; // UTC
    Kind kind = Kind::ServerDown;
    Severity severity = Severity::Info;
    QString server; // as written in the server list; empty when not about one server
    QString lock;   // the lock's name, when about a lock
    QString message;
};

// The events that happened from `before` to `after`: servers that went down,
// came back or restarted, scans that started failing, servers that went into
// names mode, and problem lock copies
// (misplaced, split, never expiring) that were not there before. With no
// `before` (the first refresh), every problem present is reported once.
// Servers are matched by index: both snapshots must come from one profile.
[[nodiscard]] QList<ClusterEvent> eventsBetween(const ClusterSnapshot* before,
                                                const ClusterSnapshot& after);

// The event for the outcome of a force release (ClusterInspector::releaseFinished):
// its message is the inspector's whole sentence, shown as it is.
[[nodiscard]] ClusterEvent releaseEvent(const Profile& profile, const ReleaseResult& result);

// The first event of a profile's watch: which cluster is watched from now on.
[[nodiscard]] ClusterEvent watchingEvent(const Profile& profile);

[[nodiscard]] QString severityName(ClusterEvent::Severity severity);

} // namespace lockboard
