#pragma once

#include "core/inspect/ClusterSnapshot.h"

#include <QByteArray>
#include <QFlags>
#include <QHash>
#include <QHashFunctions>
#include <QList>
#include <QString>

// The judgements every front end shows the same way: which lock copies are
// problems, how long a restart stays visible, and what identifies a copy.
// The dashboard's models, its events and lockboardctl all ask here.

namespace lockboard {

// One copy of a lock: the server it is on (index in the profile's list) and
// its key. Two reads of the same copy have the same id.
struct LockCopyId
{
    int server = -1;
    QByteArray key;

    friend bool operator==(const LockCopyId&, const LockCopyId&) = default;
};

[[nodiscard]] inline LockCopyId copyIdOf(const LockRecord& lock)
{
    return {lock.server, lock.key};
}

[[nodiscard]] inline size_t qHash(const LockCopyId& id, size_t seed = 0)
{
    return qHashMulti(seed, id.server, id.key);
}

// What is wrong with a copy.
enum class LockProblem
{
    Misplaced = 0x1, // it is not on its key's home, so its clients do not see it
    Split = 0x2,     // the key is on more than one server: two holders of one lock
    NoTtl = 0x4,     // it never expires: a crashed holder keeps it forever
};
Q_DECLARE_FLAGS(LockProblems, LockProblem)
Q_DECLARE_OPERATORS_FOR_FLAGS(LockProblems)

[[nodiscard]] LockProblems problemsOf(const LockRecord& lock);

// Puts locks in the snapshot's order (lockBefore: name, server, key),
// comparing compact views of the names and keys rather than the records.
void sortLocks(QList<LockRecord>& locks);

// Over locks in the snapshot's order: marks each copy split when its key has
// more than one copy (on any servers), and returns the distinct keys, in the
// locks' order (by name, then bytes). A key's copies share its name, so the
// count needs no table: only the copies of one name are compared.
QList<QByteArray> markSplitCopies(QList<LockRecord>& locks);

// A copy's state in words, problems first: "misplaced (home 10.0.0.5:11211),
// split, no TTL", with "server restarted" when its server restarted recently;
// "ok" when nothing is wrong. Translated.
[[nodiscard]] QString lockStateText(const LockRecord& lock, bool serverRestarted = false);

// How long a server that restarted is shown as "restarted" (locks on it may
// have been lost): ten minutes of its new uptime.
inline constexpr qint64 RecentRestartSeconds = 600;

// Whether a server still counts as recently restarted: a restart was seen
// (before, or in this refresh) and the server is down, or up with a young
// uptime (a short outage after a restart does not hide it).
[[nodiscard]] bool restartStillRecent(bool restartSeenBefore, const ServerHealth& now);

// The password was refused: every server of the refresh refused our
// credentials (memcached -Y), so asking again is all that can help. Returns
// the first refusal, or nothing when a server got in or failed otherwise.
[[nodiscard]] std::optional<Error> credentialsRefused(const ClusterSnapshot& snapshot);
// A server of the refresh accepted our credentials.
[[nodiscard]] bool credentialsAccepted(const ClusterSnapshot& snapshot);

} // namespace lockboard
