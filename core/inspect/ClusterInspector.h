#pragma once

#include "core/client/ClientCounters.h"
#include "core/config/ClientOptions.h"
#include "core/config/LockKeyMemory.h"
#include "core/config/Profile.h"
#include "core/inspect/AuditLog.h"
#include "core/inspect/ClusterEvent.h"
#include "core/inspect/ClusterSnapshot.h"
#include "core/inspect/RecipeView.h"
#include "core/inspect/ReleaseResult.h"
#include "core/inspect/SlabClasses.h"
#include "core/inspect/WalkSchedule.h"
#include "core/placement/Placement.h"
#include "core/protocol/MetaReply.h"
#include "core/transport/AdminConnection.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

namespace lockboard {

// The inspection engine. It finds locks rarely and reads them often, so that
// looking costs a server O(locks), not O(keys):
// - a refresh reads each server's stats and re-reads the lock keys it knows
//   with one pipelined "mg <key> t c f v s l u q" batch (u: no LRU bump, no
//   fetch mark; q: a key that went away costs nothing and leaves the list);
// - a server's keyspace is walked ("lru_crawler metadump hash", filtered on
//   the raw key bytes) only at the first refresh, after a restart or a gap in
//   its stream, on demand (scanKeyspace), and otherwise when WalkSchedule says
//   so (at most every max(60 s, 100 x the walk's duration, its bytes / 8 KB/s));
// - locks taken between walks come from the store stream (noteLockKey) and
//   are read by themselves within 50 ms, into a copy of the last snapshot;
// - where the stream is off (noteStreamState: over its cost limit, refused,
//   not up yet), the slab classes locks can live in are walked instead
//   ("lru_crawler metadump <ids>"): the classes of the recipes' usual item
//   sizes (SlabClasses, from the server's stats settings) and those where
//   locks were found, each as often as WalkSchedule::classIntervals allows
//   for the items "stats items" counts in it (read every 30 s);
// - each server's Freshness says which of these finds its new locks, and how
//   late a new lock can be listed;
// - the server's one crawler may be busy (another observer, memcached's own
//   expiry crawl): a class walk is tried again for up to about a second, a
//   scheduled full walk waits for the next refresh, and a wanted one (first,
//   restart, on demand) is tried again for up to 3 s before the server is
//   reported as busy;
// - a server in names mode (it refuses walks, or the profile says so) is
//   checked for every lock name known: given (Profile::lockNames), or seen on
//   any server, now or in an earlier run (LockKeyMemory; those every 15th
//   refresh), so a split or misplaced copy is still found there.
// Servers are read in parallel and independently: one that is down, speaks
// garbage or is BUSY gets its own error while the others go on.
//
// Asynchronous on Qt Network; it belongs to the thread that created it or
// that it was moved to (InspectorThread runs it beside the GUI).
class ClusterInspector : public QObject
{
    Q_OBJECT

public:
    ClusterInspector(Profile profile, ClientOptions options, QObject* parent = nullptr);
    ~ClusterInspector() override;

    [[nodiscard]] const Profile& profile() const { return m_profile; }
    // Lock keys of any Django VERSION, not only the profile's (default: any).
    void setAnyVersion(bool anyVersion) { m_anyVersion = anyVersion; }
    // This process's own operation counters, to add its failed sets to the servers'.
    void setOwnCounters(std::shared_ptr<const ClientCounters> counters)
    {
        m_ownCounters = std::move(counters);
    }
    void setWalkSchedule(WalkSchedule schedule) { m_schedule = schedule; }
    // Servers' health only (stats): no walks and no lock reads, for a caller
    // that shows no locks (`lockboardctl servers`, which may well run in a loop).
    void setHealthOnly(bool healthOnly) { m_healthOnly = healthOnly; }
    // Where the lock keys seen are remembered between runs (default: nowhere);
    // read at the first refresh, written when new keys were seen.
    void setLockKeyMemory(LockKeyMemory memory) { m_memory = std::move(memory); }

    // Starts a refresh; snapshotReady follows. A refresh asked for while one
    // runs follows it.
    void refresh();
    [[nodiscard]] bool isRefreshing() const { return m_pending > 0; }
    // Walks the given servers' keyspace (every server when empty) now.
    void scanKeyspace(const QList<int>& servers = {});
    // A lock key stored on server, from its store stream: read at once.
    void noteLockKey(int server, const QByteArray& key);
    // The server's stream lost events: its keyspace is walked as soon as the
    // schedule's duty cycle allows (max(60 s, 100 x the last walk's duration)
    // after the last walk), without waiting for the bytes rule.
    void noteStreamGap(int server);
    // Whether the server's store stream is up and reports its lock stores;
    // while it is not, its lock classes are walked.
    void noteStreamState(int server, bool streaming);

    // Where force releases are recorded (default: from the environment).
    void setAuditLog(AuditLog log) { m_audit = std::move(log); }
    [[nodiscard]] const AuditLog& auditLog() const { return m_audit; }

    // Deletes one copy of a lock on one server, only if its CAS is still
    // `cas` (md ... C<cas>); releaseFinished follows, never inside this call.
    // value is what the operator saw, for the audit log, where every attempt
    // is recorded before releaseFinished. Refused in read-only mode, when
    // the audit log cannot be written, and for a recipe whose holders compare
    // their owner before releasing (Laravel) unless ownerCheckBypassed: the
    // operator confirmed taking the lock from under a holder that still
    // believes it holds it.
    void release(int server, const QByteArray& key, quint64 cas, const QByteArray& value,
                 bool ownerCheckBypassed = false);

Q_SIGNALS:
    // What an operator should notice since the previous snapshot (see
    // eventsBetween), just before that snapshot's snapshotReady.
    void eventsFound(const QList<lockboard::ClusterEvent>& events);
    void snapshotReady(const lockboard::ClusterSnapshot& snapshot);
    void releaseFinished(const lockboard::ReleaseResult& result);

private:
    struct Server
    {
        AdminConnection* connection = nullptr; // a child
        int settingsReadOn = 0;                // the connection whose stats settings were read
        bool evictionsOff = false;
        qint64 itemSizeMax = 0;
        bool walkWanted = true;
        bool walkRefused = false; // memcached -X
        int namesRound = 0;       // names mode: refreshes so far
        QDateTime lastWalkAt;
        double lastWalkSeconds = -1;
        qint64 lastWalkLines = 0;
        QDateTime nextWalkAt;
        double fullWalkPeriod = -1; // seconds between scheduled full walks, from the last one
        QSet<QByteArray> known;     // lock keys last seen here
        QSet<QByteArray>
            noted;          // lock keys the stream reported since the walk or read in flight began
        qint64 pidSeen = 0; // the last time it was up, for restart detection
        qint64 uptimeSeen = -1;
        int busyTries = 0; // a walk refused as BUSY, tried again

        // Class walks, while the stream is off.
        bool streaming = false;
        std::optional<SlabGeometry> geometry; // from stats settings, once per connection
        QSet<int> seenClasses;                // classes lock copies were found in
        QHash<int, qint64> classItems;        // stats items: items per class
        QElapsedTimer classItemsAge;
        QHash<int, QDateTime> classNextWalk; // by class; absent: due
        QHash<int, double> classIntervals;   // by class, from the last class walk
        double secondsPerLine = 1e-6;        // what a dump line cost on the last class walk
        double bytesPerLine = 100;
        // This refresh's walk (full or class): each lock copy's dump line, so
        // that a copy whose CAS did not change since it was read is not read again.
        QHash<QByteArray, MetadumpEntry> dumped;
    };

    void remember(const QSet<QByteArray>& keys);
    [[nodiscard]] LockRecord lockRecord(int server, const QByteArray& key, const LockMatch& match,
                                        const MetaReply& meta, const QByteArray& value) const;
    // Reads only the keys the stream reported, into a copy of the last snapshot.
    void readNoted();
    void finishQuickRead();
    // Sends a snapshot (and its events) and keeps it as the last one.
    void publish(ClusterSnapshot snapshot);
    void readServer(int server);
    // Dumps what ("hash", or class ids) on server, keeping the lock copies'
    // lines in Server::dumped (and their classes); done gets the reply, the
    // seconds the dump took and the bytes it read.
    using Dumped =
        std::function<void(const AdminConnection::Reply& dumped, double seconds, qint64 bytes)>;
    void dumpLockKeys(int server, const QByteArray& what, Dumped done);
    void walkServer(int server, qint64 bytesBefore);
    // Walks the server's lock classes that are due (after reading stats
    // items when its counts are old), then reads its locks.
    void walkClasses(int server, qint64 bytesBefore);
    [[nodiscard]] QList<int> lockClasses(const Server& server) const;
    // Each lock class's interval between walks, from its items and the cost of a line.
    void planClassWalks(Server& server) const;
    // Reads "stats items" when the counts are older than 30 s, then calls then.
    void readClassItems(int server, std::function<void()> then);
    [[nodiscard]] Freshness freshness(const Server& server) const;
    void readLocks(int server, qint64 bytesBefore);
    [[nodiscard]] bool namesMode(const Server& server) const;
    void serverDone();
    void finishSnapshot();

    Profile m_profile;
    ClientOptions m_options;
    RecipeView m_view; // the profile's recipes: what a key is, and where it belongs
    std::vector<Server> m_servers;
    std::shared_ptr<const ClientCounters> m_ownCounters;
    bool m_anyVersion = true;
    bool m_healthOnly = false;
    WalkSchedule m_schedule;
    AuditLog m_audit;
    QSet<QByteArray> m_namedKeys; // the profile's lock names, as keys
    QSet<QByteArray> m_seenKeys;  // every lock key seen on any server (bounded), and remembered
    LockKeyMemory m_memory;
    bool m_memoryLoaded = false;
    qsizetype m_rememberedCount = 0;
    QElapsedTimer m_rememberedAt;
    QElapsedTimer m_sinceRefresh;
    double m_refreshGap = 2; // seconds between refreshes, as asked for lately

    int m_pending = 0;
    bool m_again = false; // a refresh was asked for while one ran
    ClusterSnapshot m_building;
    std::optional<ClusterSnapshot> m_last; // the last one sent
    // Keys the stream reported, read by themselves (not with every other lock)
    // into a copy of the last snapshot; m_soon gathers those reported together.
    QHash<int, QSet<QByteArray>> m_toRead;
    QTimer m_soon;
    int m_quickPending = 0;
    ClusterSnapshot m_quick;
    QList<LockRecord> m_quickLocks;
    QSet<std::pair<int, QByteArray>> m_quickRead;
    QElapsedTimer m_lastQuickRead;
};

} // namespace lockboard
