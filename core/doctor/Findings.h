#pragma once

#include "core/common/Error.h"
#include "core/config/Profile.h"
#include "core/inspect/ClusterSnapshot.h"

#include <QList>
#include <QString>

#include <optional>

namespace lockboard {

// What the doctor found: how bad, what it means in one sentence, and the fix.
struct Finding
{
    enum class Severity
    {
        Info,     // what Lockboard or the operator cannot see; nothing is wrong
        Warning,  // a lock can be lost or look held when it is not, in some conditions
        Critical, // two workers can hold the same lock, or every worker "gets" it
    };
    Severity severity = Severity::Info;
    QString code;    // stable, for scripts: "python-memcached-rehash", "locks-evicted", ...
    QString subject; // what it is about: a profile, a server, a lock
    QString meaning;
    QString fix;

    friend bool operator==(const Finding&, const Finding&) = default;
};

// "info", "warning", "critical": in JSON and for scripts.
[[nodiscard]] QString severityName(Finding::Severity severity);
// The same, in the operator's language.
[[nodiscard]] QString severityText(Finding::Severity severity);
// The worst severity among findings; nullopt when there are none.
[[nodiscard]] std::optional<Finding::Severity> worstSeverity(const QList<Finding>& findings);
// "Critical: 2, warnings: 1, notes: 0.", or "Nothing found.": what both front ends say.
[[nodiscard]] QString findingsSummary(const QList<Finding>& findings);
// Critical first, then warnings, then notes; stable within a severity.
void sortFindings(QList<Finding>& findings);

// How the client libraries that write the profile's locks can move a lock or
// make one lie: each library some recipe names (the profile's own for recipes
// without @CLIENT), the profile's with its clientOptions (failoverOf), the
// others on their defaults. A library no recipe uses is not judged. Needs no
// server.
[[nodiscard]] QList<Finding> clientFindings(const Profile& profile);

// How the profile gets in (memcached -Z, -Y): a password sent in clear text
// ("auth-without-tls"), certificates not verified ("tls-not-verified").
[[nodiscard]] QList<Finding> securityFindings(const Profile& profile);

// Profiles of the same application (same KEY_PREFIX, VERSION and lock prefix,
// sharing a server) that would place keys differently: a different server
// list or order, or a different client library, means split locks. Only pairs
// that involve profile are reported.
[[nodiscard]] QList<Finding> profileFindings(const Profile& profile, const QList<Profile>& others);

// One slab class of a server (stats items, stats slabs).
struct SlabClass
{
    int id = 0;
    qint64 chunkSize = 0;    // the largest item the class holds, bytes
    qint64 evicted = 0;      // items evicted so far
    qint64 evictedTime = -1; // seconds the last evicted item had been idle
};

// What the doctor reads from a server beyond a refresh's snapshot.
struct ServerCheckup
{
    std::optional<Error> error; // stats items or stats slabs could not be read
    QList<SlabClass> classes;   // ascending by id, only classes that hold memory
    qint64 totalMalloced = -1;  // bytes of slab memory handed out
    bool watchRefused = false;  // memcached -W
    bool watchUnknown = false;  // it did not answer the watch command in time
    QString watchNote;          // the activity stream's note when it refused
};

// The class an item of itemSize bytes (SlabGeometry::itemSize) goes to, among
// the classes that hold memory.
[[nodiscard]] std::optional<SlabClass> classFor(const QList<SlabClass>& classes, qint64 itemSize);

// Reads "stats items" and "stats slabs" replies (parsed values) into classes.
[[nodiscard]] ServerCheckup checkupFromStats(const QList<QPair<QByteArray, QByteArray>>& items,
                                             const QList<QPair<QByteArray, QByteArray>>& slabs);

// What the cluster's state means for locks: servers down, locks that can be
// evicted while held (eviction on, the lock's slab class evicts items idle
// for less than the locks' TTLs), locks with no TTL, memory near full, and
// servers that refuse key walks (-X) or watching (-W). checkups is indexed like
// snapshot.servers (missing entries: nothing more known).
[[nodiscard]] QList<Finding> clusterFindings(const Profile& profile,
                                             const ClusterSnapshot& snapshot,
                                             const QList<ServerCheckup>& checkups);

} // namespace lockboard
