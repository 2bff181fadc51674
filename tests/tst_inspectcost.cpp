// Looking without touching, against real memcached processes: the keyspace is
// walked at start, after a restart and on demand, not on every refresh (the
// server's own lru_crawler_starts counts walks); locks taken between walks come
// from the store stream; released ones leave at the next refresh; servers
// started with -X -W are read in names mode; unix-socket servers work; the
// asynchronous transport never answers inside the call; 100,000 locks are
// listed completely.
#include "core/activity/ActivityMonitor.h"
#include "core/inspect/ClusterInspector.h"
#include "core/inspect/ValueDecoder.h"
#include "core/transport/AdminConnection.h"
#include "tests/support/CtlRun.h"
#include "tests/support/MemcachedServer.h"
#include "tests/support/Snapshots.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace lockboard;
using lockboard::test::inspect;
using lockboard::test::MemcachedServer;
using lockboard::test::nextSnapshot;
using lockboard::test::runCtl;

namespace {

// The server's own crawler also starts crawls (the LRU maintainer's expiry
// crawls), which lru_crawler_starts counts too: the test servers run without
// it, so every start counted is a walk of ours.
const QStringList Quiet{u"-o"_s, u"no_lru_maintainer"_s};

QList<LockRecord> named(const ClusterSnapshot& snapshot, const QString& name)
{
    QList<LockRecord> found;
    for (const LockRecord& lock : snapshot.locks)
        if (lock.name == name)
            found.append(lock);
    return found;
}

// As when every server's store stream is up: between full walks, new locks
// come from the stream (noteLockKey), and no slab class is walked.
void streamsUp(ClusterInspector& inspector)
{
    for (int i = 0; i < inspector.profile().servers.size(); ++i)
        inspector.noteStreamState(i, true);
}

QByteArray djangoLockKey(const QString& name)
{
    return ":1:__d_lock_" + name.toUtf8();
}

// The seed's recipe: add the key with the value 1 (python-memcached: flags 2), 120 s.
bool takeDjangoLock(const MemcachedServer& server, const QString& name)
{
    return server.command("add " + djangoLockKey(name) + " 2 120 1\r\n1\r\n") == "STORED\r\n";
}

} // namespace

class TestInspectCost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void walksAtStartAndAfterRestartNotOnEveryRefresh();
    void scanKeyspaceWalksOnDemand();
    void scheduledWalkWaitsForItsTime();
    void streamGapBringsTheWalkForward();
    void lockTakenBetweenWalksComesFromTheStream();
    void streamAboveItsLimitIsStopped();
    void releasedLockLeavesAtTheNextRefresh();
    void namesModeWhereWalksAndWatchingAreRefused();
    void namesSeenBeforeAreLookedForInNamesMode();
    void unixSocketServers();
    void transportNeverAnswersInsideTheCall();
    void batchReadsPresentKeysOnly();
    void hundredThousandLocksAreListedCompletely();
    void jsonOfOddValuesIsValid();
    void unwritableAuditLogRefusesAndExits();

private:
    [[nodiscard]] Profile profile() const;

    std::array<MemcachedServer, 2> m_servers;
    QTemporaryDir m_dir;
};

Profile TestInspectCost::profile() const
{
    Profile p;
    p.name = u"test"_s;
    p.servers = *ServerSpec::parseList(QString(m_servers[0].spec() + u',' + m_servers[1].spec()));
    return p;
}

void TestInspectCost::initTestCase()
{
    qRegisterMetaType<ClusterSnapshot>();
    for (MemcachedServer& server : m_servers)
        QVERIFY2(server.start(Quiet), qPrintable(server.errorString()));
    qputenv("LOCKBOARD_AUDIT_LOG", m_dir.filePath(u"audit.jsonl"_s).toUtf8());
}

void TestInspectCost::init()
{
    for (MemcachedServer& server : m_servers) {
        if (!server.isRunning())
            QVERIFY(server.restart());
        QCOMPARE(server.command("flush_all\r\n"), QByteArray("OK\r\n"));
    }
}

void TestInspectCost::walksAtStartAndAfterRestartNotOnEveryRefresh()
{
    QVERIFY(takeDjangoLock(m_servers[0], u"nightly"_s));
    QVERIFY(takeDjangoLock(m_servers[1], u"reindex"_s));
    const qint64 before0 = m_servers[0].stat("lru_crawler_starts");
    const qint64 before1 = m_servers[1].stat("lru_crawler_starts");

    ClusterInspector inspector(profile(), {});
    streamsUp(inspector);
    ClusterSnapshot snapshot = inspect(inspector);
    QCOMPARE(snapshot.locks.size(), 2);
    QVERIFY(snapshot.servers[0].walked && snapshot.servers[1].walked);
    QVERIFY(snapshot.servers[0].lastWalkAt.isValid());
    QVERIFY(snapshot.servers[0].nextWalkAt > snapshot.servers[0].lastWalkAt.addSecs(59));
    QCOMPARE(m_servers[0].stat("lru_crawler_starts"), before0 + 1);
    QCOMPARE(m_servers[1].stat("lru_crawler_starts"), before1 + 1);

    // Refreshes re-read the known locks and walk nothing.
    for (int i = 0; i < 5; ++i) {
        snapshot = inspect(inspector);
        QCOMPARE(snapshot.locks.size(), 2);
        QVERIFY(!snapshot.servers[0].walked && !snapshot.servers[1].walked);
        QCOMPARE(snapshot.servers[0].locksRead, 1);
    }
    QCOMPARE(m_servers[0].stat("lru_crawler_starts"), before0 + 1);
    QCOMPARE(m_servers[1].stat("lru_crawler_starts"), before1 + 1);

    // A restart loses the server's locks and what we knew: it is walked again, once.
    QVERIFY(m_servers[1].restart());
    QVERIFY(takeDjangoLock(m_servers[1], u"after-restart"_s));
    snapshot = inspect(inspector);
    QVERIFY(snapshot.servers[1].restarted);
    QVERIFY(snapshot.servers[1].walked);
    QVERIFY(!snapshot.servers[0].walked);
    QCOMPARE(named(snapshot, u"after-restart"_s).size(), 1);
    QCOMPARE(named(snapshot, u"reindex"_s).size(), 0);
    QCOMPARE(m_servers[1].stat("lru_crawler_starts"), 1);
    snapshot = inspect(inspector);
    QVERIFY(!snapshot.servers[1].walked);
    QCOMPARE(m_servers[1].stat("lru_crawler_starts"), 1);
    QCOMPARE(m_servers[0].stat("lru_crawler_starts"), before0 + 1);

    // `lockboardctl servers` reads health only: no walk, whatever it is run for.
    const test::CtlRun run =
        runCtl({u"servers"_s, u"--servers"_s, m_servers[0].spec() + u',' + m_servers[1].spec()},
               m_dir.filePath(u"cli.ini"_s));
    QCOMPARE(run.code, 0);
    QVERIFY2(run.text().contains(u" up "_s) && !run.text().contains(u"scan failed"_s),
             qPrintable(run.text()));
    QCOMPARE(m_servers[0].stat("lru_crawler_starts"), before0 + 1);
    QCOMPARE(m_servers[1].stat("lru_crawler_starts"), 1);
}

void TestInspectCost::scanKeyspaceWalksOnDemand()
{
    ClusterInspector inspector(profile(), {});
    streamsUp(inspector);
    inspect(inspector);
    const qint64 before0 = m_servers[0].stat("lru_crawler_starts");
    const qint64 before1 = m_servers[1].stat("lru_crawler_starts");
    // A lock that nothing told us of (the stream, said to be up, is not
    // there to tell): only a walk finds it.
    QVERIFY(takeDjangoLock(m_servers[1], u"unannounced"_s));
    QCOMPARE(named(inspect(inspector), u"unannounced"_s).size(), 0);

    QSignalSpy ready(&inspector, &ClusterInspector::snapshotReady);
    inspector.scanKeyspace({1});
    const ClusterSnapshot snapshot = nextSnapshot(ready);
    QVERIFY(!snapshot.servers[0].walked);
    QVERIFY(snapshot.servers[1].walked);
    QCOMPARE(named(snapshot, u"unannounced"_s).size(), 1);
    QCOMPARE(m_servers[0].stat("lru_crawler_starts"), before0);
    QCOMPARE(m_servers[1].stat("lru_crawler_starts"), before1 + 1);
}

void TestInspectCost::scheduledWalkWaitsForItsTime()
{
    ClusterInspector inspector(profile(), {});
    // A schedule of a fraction of a second, so that the test can see it come due.
    inspector.setWalkSchedule({0.3, 0, 0});
    ClusterSnapshot snapshot = inspect(inspector);
    QVERIFY(snapshot.servers[0].walked);
    const QDateTime due = snapshot.servers[0].nextWalkAt;
    QVERIFY(due.isValid());
    // Until it is due, no walk; after, one.
    bool walkedAgain = false;
    while (!walkedAgain) {
        snapshot = inspect(inspector);
        walkedAgain = snapshot.servers[0].walked;
        // The walk was decided before the snapshot came back: not before it was due.
        QVERIFY(!walkedAgain || QDateTime::currentDateTimeUtc() >= due);
    }
    QVERIFY(WalkSchedule().secondsAfter(0.5, 85'000'000) > 2.5 * 3600);
    QCOMPARE(WalkSchedule().secondsAfter(0.01, 1000), 60.0);
    QCOMPARE(WalkSchedule().secondsAfter(2.0, 1000), 200.0);
}

void TestInspectCost::streamGapBringsTheWalkForward()
{
    // The bytes rule puts the next walk far away (1 byte/s); a gap brings it
    // to the duty-cycle bound: none here, so the next refresh walks.
    ClusterInspector eager(profile(), {});
    eager.setWalkSchedule({0, 0, 1});
    QVERIFY(inspect(eager).servers[1].walked);
    QVERIFY(!inspect(eager).servers[1].walked);
    eager.noteStreamGap(1);
    ClusterSnapshot snapshot = inspect(eager);
    QVERIFY(snapshot.servers[1].walked);
    QVERIFY(!snapshot.servers[0].walked);

    // With an hour's minimum, a gap does not walk now: a stream that keeps
    // losing lines does not walk the keyspace at every refresh.
    ClusterInspector patient(profile(), {});
    patient.setWalkSchedule({3600, 100, 1});
    QVERIFY(inspect(patient).servers[1].walked);
    patient.noteStreamGap(1);
    snapshot = inspect(patient);
    QVERIFY(!snapshot.servers[1].walked);
    QVERIFY(snapshot.servers[1].nextWalkAt <= snapshot.servers[1].lastWalkAt.addSecs(3600));
}

void TestInspectCost::lockTakenBetweenWalksComesFromTheStream()
{
    ClusterInspector inspector(profile(), {});
    ActivityMonitor stream(profile(), {});
    connect(&stream, &ActivityMonitor::lockKeyStored, &inspector, &ClusterInspector::noteLockKey);
    connect(&stream, &ActivityMonitor::streamGap, &inspector, &ClusterInspector::noteStreamGap);
    // 200 locks already known: a lock that arrives is read by itself, not with them.
    QList<QByteArray> known;
    for (int i = 0; i < 200; ++i)
        known.append(djangoLockKey(u"known-%1"_s.arg(i)));
    QVERIFY(m_servers[1].storeMany(known, "1", 2, 600));
    stream.start();
    QTRY_VERIFY_WITH_TIMEOUT(stream.allStreaming(), 10000);
    QCOMPARE(inspect(inspector).locks.size(), 200);
    const qint64 walks = m_servers[1].stat("lru_crawler_starts");
    const qint64 gets = m_servers[1].stat("cmd_get");

    // Nobody calls refresh(): the stream's report alone brings the lock in.
    QSignalSpy ready(&inspector, &ClusterInspector::snapshotReady);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(takeDjangoLock(m_servers[1], u"between-walks"_s));
    QList<LockRecord> found;
    ClusterSnapshot withNew;
    while (found.isEmpty() && clock.elapsed() < 15000) {
        withNew = nextSnapshot(ready, 15000);
        found = named(withNew, u"between-walks"_s);
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].server, 1);
    qInfo("lock taken -> in a snapshot: %lld ms", clock.elapsed());
    QCOMPARE(m_servers[1].stat("lru_crawler_starts"), walks);
    // The new key was read (and the activity monitor checked it a few times),
    // not the 200 others again.
    const qint64 read = m_servers[1].stat("cmd_get") - gets;
    QVERIFY2(read < 100, qPrintable(QString::number(read)));
    QCOMPARE(withNew.locks.size(), 201); // the others are still there, as last read
}

void TestInspectCost::streamAboveItsLimitIsStopped()
{
    // The stream carries every store of the cache: a busy one is stopped,
    // saying what it cost, above the limit.
    ActivityMonitor stream(profile(), {});
    stream.setStreamLimit(4 * 1024);
    stream.start();
    QTRY_VERIFY_WITH_TIMEOUT(stream.allStreaming(), 10000);
    std::atomic<bool> busy{true};
    std::thread writer([&] {
        QList<QByteArray> keys;
        for (int i = 0; i < 100; ++i)
            keys.append("cache:page:" + QByteArray::number(i));
        while (busy)
            (void)m_servers[0].storeMany(keys, "cached");
    });
    QTRY_VERIFY_WITH_TIMEOUT(!stream.servers()[0].streaming, 20000);
    busy = false;
    writer.join();
    const ActivityMonitor::ServerState state = stream.servers()[0];
    QVERIFY(state.overLimit);
    QVERIFY2(state.note.contains(u"paused"_s) &&
                 state.note.contains(u"above the limit of 4 KB/s"_s),
             qPrintable(state.note));
    QVERIFY(stream.servers()[1].streaming); // the quiet server goes on
}

void TestInspectCost::releasedLockLeavesAtTheNextRefresh()
{
    QVERIFY(takeDjangoLock(m_servers[0], u"short"_s));
    ClusterInspector inspector(profile(), {});
    QCOMPARE(named(inspect(inspector), u"short"_s).size(), 1);
    const qint64 walks = m_servers[0].stat("lru_crawler_starts");
    QCOMPARE(m_servers[0].command("delete " + djangoLockKey(u"short"_s) + "\r\n"),
             QByteArray("DELETED\r\n"));
    const ClusterSnapshot snapshot = inspect(inspector);
    QCOMPARE(named(snapshot, u"short"_s).size(), 0);
    QVERIFY(snapshot.servers[0].scanned);
    QCOMPARE(snapshot.servers[0].locksRead, 1);
    QCOMPARE(m_servers[0].stat("lru_crawler_starts"), walks);
    // Gone from what it knows: the next refresh reads nothing there.
    QCOMPARE(inspect(inspector).servers[0].locksRead, 0);
}

void TestInspectCost::namesModeWhereWalksAndWatchingAreRefused()
{
    std::array<MemcachedServer, 2> locked;
    for (MemcachedServer& server : locked)
        QVERIFY2(server.start({u"-X"_s, u"-W"_s}), qPrintable(server.errorString()));
    Profile p;
    p.name = u"locked-down"_s;
    p.servers = *ServerSpec::parseList(QString(locked[0].spec() + u',' + locked[1].spec()));
    p.lockNames = {u"nightly"_s, u"never-taken"_s};
    // The lock on its home, and a copy on the other server (the seed's double grant).
    const int home = Placement::create(p.client, p.servers)->home(djangoLockKey(u"nightly"_s));
    QVERIFY(takeDjangoLock(locked[home], u"nightly"_s));
    QVERIFY(takeDjangoLock(locked[1 - home], u"nightly"_s));
    QVERIFY(takeDjangoLock(locked[0], u"unnamed"_s));

    ClusterInspector inspector(p, {});
    const ClusterSnapshot snapshot = inspect(inspector);
    const QList<LockRecord> copies = named(snapshot, u"nightly"_s);
    QCOMPARE(copies.size(), 2);
    QVERIFY(copies[0].split && copies[1].split);
    QCOMPARE(int(copies[0].misplaced) + int(copies[1].misplaced), 1);
    QCOMPARE(named(snapshot, u"unnamed"_s).size(), 0); // an unknown name cannot be seen there
    for (const ServerHealth& server : snapshot.servers) {
        QVERIFY2(server.up && server.scanned, qPrintable(server.errorText()));
        QCOMPARE(server.listing, ServerHealth::Listing::Names);
        QVERIFY2(server.listingNote.contains(u"-X"_s) &&
                     server.listingNote.contains(u"unknown name cannot be seen"_s),
                 qPrintable(server.listingNote));
        QVERIFY(!server.nextWalkAt.isValid());
    }

    // Watching refused by -W: said so, without the wrong "1.6 or later" advice.
    ActivityMonitor stream(p, {});
    stream.start();
    QTRY_VERIFY_WITH_TIMEOUT(stream.servers()[0].note.contains(u"refuses watching"_s), 10000);
    const QString note = stream.servers()[0].note;
    QVERIFY2(note.contains(u"-W"_s) && note.contains(u"refuses watching"_s), qPrintable(note));
    QVERIFY2(!note.contains(u"1.6 or later"_s), qPrintable(note));

    // The CLI: the named lock and its split copy, and the note on stderr.
    const test::CtlRun run =
        runCtl({u"locks"_s, u"--servers"_s, locked[0].spec() + u',' + locked[1].spec(),
                u"--lock-names"_s, u"nightly"_s},
               m_dir.filePath(u"cli.ini"_s));
    QCOMPARE(run.code, 0);
    QCOMPARE(run.text().count(u"split"_s), 2);
    QVERIFY2(run.err.contains(u"names mode"_s) && run.err.contains(u"-X"_s), qPrintable(run.err));
    // A names file that cannot be read, and a limit that is no number: refused, saying which.
    const test::CtlRun missing =
        runCtl({u"locks"_s, u"--servers"_s, locked[0].spec(), u"--lock-names"_s,
                u"@"_s + m_dir.filePath(u"no-such-names.txt"_s)},
               m_dir.filePath(u"cli.ini"_s));
    QCOMPARE(missing.code, 2);
    QVERIFY2(missing.err.contains(u"no-such-names.txt"_s), qPrintable(missing.err));
    const test::CtlRun limit =
        runCtl({u"locks"_s, u"--servers"_s, locked[0].spec(), u"--stream-limit"_s, u"fast"_s},
               m_dir.filePath(u"cli.ini"_s));
    QCOMPARE(limit.code, 2);
    QVERIFY2(limit.err.contains(u"--stream-limit"_s) && limit.err.contains(u"fast"_s),
             qPrintable(limit.err));
    // A bad name is refused, naming it.
    const test::CtlRun bad =
        runCtl({u"locks"_s, u"--servers"_s, locked[0].spec(), u"--lock-names"_s, u"ok,has space"_s},
               m_dir.filePath(u"cli.ini"_s));
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains(u"has space"_s), qPrintable(bad.err));
}

void TestInspectCost::namesSeenBeforeAreLookedForInNamesMode()
{
    // A run that walks a server sees a lock, and remembers its key.
    const LockKeyMemory memory(m_dir.filePath(u"seen/test.txt"_s));
    QVERIFY(takeDjangoLock(m_servers[0], u"seen-yesterday"_s));
    {
        ClusterInspector inspector(profile(), {});
        inspector.setLockKeyMemory(memory);
        QCOMPARE(named(inspect(inspector), u"seen-yesterday"_s).size(), 1);
    }
    QVERIFY(memory.load().contains(djangoLockKey(u"seen-yesterday"_s)));

    // A later run against a server that refuses walks looks for it by name there.
    MemcachedServer locked;
    QVERIFY2(locked.start({u"-X"_s}), qPrintable(locked.errorString()));
    QVERIFY(takeDjangoLock(locked, u"seen-yesterday"_s));
    QVERIFY(takeDjangoLock(locked, u"never-seen"_s));
    Profile p;
    p.name = u"locked"_s;
    p.servers = *ServerSpec::parseList(locked.spec());
    ClusterInspector inspector(p, {});
    inspector.setLockKeyMemory(memory);
    const ClusterSnapshot snapshot = inspect(inspector);
    QCOMPARE(snapshot.servers[0].listing, ServerHealth::Listing::Names);
    QCOMPARE(named(snapshot, u"seen-yesterday"_s).size(), 1);
    QCOMPARE(named(snapshot, u"never-seen"_s).size(), 0);
}

void TestInspectCost::unixSocketServers()
{
    MemcachedServer local;
    QVERIFY2(local.startUnix(m_dir.filePath(u"mc.sock"_s), Quiet), qPrintable(local.errorString()));
    Profile p;
    p.name = u"unix"_s;
    p.servers = *ServerSpec::parseList(local.spec());
    QVERIFY(takeDjangoLock(local, u"over-unix"_s));

    // The inspector.
    ClusterInspector inspector(p, {});
    ClusterSnapshot snapshot = inspect(inspector);
    QVERIFY2(snapshot.servers[0].up && snapshot.servers[0].scanned,
             qPrintable(snapshot.servers[0].errorText()));
    QCOMPARE(named(snapshot, u"over-unix"_s).size(), 1);

    // Activity: the stream runs, and tells the inspector of a new lock.
    ActivityMonitor stream(p, {});
    connect(&stream, &ActivityMonitor::lockKeyStored, &inspector, &ClusterInspector::noteLockKey);
    stream.start();
    QTRY_VERIFY_WITH_TIMEOUT(stream.allStreaming(), 10000);
    QSignalSpy ready(&inspector, &ClusterInspector::snapshotReady);
    QVERIFY(takeDjangoLock(local, u"second"_s));
    QList<LockRecord> found;
    for (int i = 0; i < 20 && found.isEmpty(); ++i)
        found = named(nextSnapshot(ready), u"second"_s);
    QCOMPARE(found.size(), 1);

    // The CLI, every command that reads.
    const QString ini = m_dir.filePath(u"cli.ini"_s);
    QCOMPARE(runCtl({u"servers"_s, u"--servers"_s, local.spec()}, ini).code, 0);
    const test::CtlRun locks = runCtl({u"locks"_s, u"--servers"_s, local.spec()}, ini);
    QCOMPARE(locks.code, 0);
    QVERIFY(locks.text().contains(u"over-unix"_s));
    const test::CtlRun released =
        runCtl({u"release"_s, u"over-unix"_s, u"--yes"_s, u"--servers"_s, local.spec()}, ini);
    QVERIFY2(released.code == 0, qPrintable(released.err));
    // A socket path where nothing listens: an error that names it, no crash.
    const QString missing = u"unix:"_s + m_dir.filePath(u"nothing.sock"_s);
    const test::CtlRun refused = runCtl({u"locks"_s, u"--servers"_s, missing}, ini);
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(u"nothing.sock"_s), qPrintable(refused.err));
}

void TestInspectCost::transportNeverAnswersInsideTheCall()
{
    // Nothing listens at either address: the failure comes later, never
    // inside the call (a caller may start its event loop after it).
    const QList<QString> specs{u"127.0.0.1:%1"_s.arg(MemcachedServer::freePort()),
                               u"unix:"_s + m_dir.filePath(u"absent.sock"_s)};
    for (const QString& spec : specs) {
        AdminConnection connection(*ServerSpec::parse(spec), {});
        bool answered = false;
        AdminConnection::Reply reply;
        connection.stats({}, [&](const AdminConnection::Reply& r) {
            answered = true;
            reply = r;
        });
        QVERIFY(!answered);
        QTRY_VERIFY_WITH_TIMEOUT(answered, 5000);
        QVERIFY(reply.error);
        QCOMPARE(reply.error->kind, ErrorKind::ConnectionRefused);
        QCOMPARE(reply.error->server, ServerSpec::parse(spec)->name());
        QVERIFY2(reply.error->message.contains(u"connection refused"_s),
                 qPrintable(reply.error->message));
    }
}

void TestInspectCost::batchReadsPresentKeysOnly()
{
    QVERIFY(m_servers[0].command("set present-a 3 0 2\r\nv1\r\n") == "STORED\r\n");
    QVERIFY(m_servers[0].command("set present-b 0 60 5\r\nhello\r\n") == "STORED\r\n");
    AdminConnection connection(*ServerSpec::parse(m_servers[0].spec()), {});
    QHash<qsizetype, QByteArray> hits;
    bool done = false;
    connection.metaGetMany(
        {"absent-1", "present-a", "absent-2", "present-b"}, "t f v",
        [&](qsizetype index, const MetaReply& meta, const QByteArray& value) {
            hits.insert(index, value + '/' + QByteArray::number(*meta.number('f')));
        },
        [&](const AdminConnection::Reply& reply) {
            QVERIFY2(reply.ok(), qPrintable(reply.ok() ? QString() : reply.error->message));
            done = true;
        });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits.value(1), QByteArray("v1/3"));
    QCOMPARE(hits.value(3), QByteArray("hello/0"));
    // The connection goes on serving after the batch.
    bool statsDone = false;
    connection.stats({}, [&](const AdminConnection::Reply& reply) { statsDone = reply.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(statsDone, 5000);
}

void TestInspectCost::hundredThousandLocksAreListedCompletely()
{
    constexpr int PerServer = 50'000;
    for (int s = 0; s < 2; ++s) {
        QList<QByteArray> keys;
        keys.reserve(PerServer);
        for (int i = 0; i < PerServer; ++i)
            keys.append(djangoLockKey(u"job-%1-%2"_s.arg(s).arg(i)));
        QVERIFY(m_servers[s].storeMany(keys, "1", 2, 600));
    }
    const test::CtlRun run = runCtl(
        {u"locks"_s, u"--json"_s, u"--servers"_s, m_servers[0].spec() + u',' + m_servers[1].spec()},
        m_dir.filePath(u"cli.ini"_s));
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const QJsonArray locks = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(locks.size(), 2 * PerServer);
    QSet<QString> names;
    for (const QJsonValue& lock : locks)
        names.insert(lock[u"name"_s].toString());
    QCOMPARE(names.size(), 2 * PerServer);
    QVERIFY(names.contains(u"job-0-0"_s) && names.contains(u"job-1-49999"_s));
}

void TestInspectCost::jsonOfOddValuesIsValid()
{
    // A text value (flags 16) with quotes, a backslash, a tab and a control character.
    const QByteArray value = "he said \"hi\" \\ \t \x01 \xc3\xa9";
    QCOMPARE(m_servers[0].command("set " + djangoLockKey(u"odd"_s) + " 16 60 " +
                                  QByteArray::number(value.size()) + "\r\n" + value + "\r\n"),
             QByteArray("STORED\r\n"));
    const test::CtlRun run = runCtl({u"locks"_s, u"--json"_s, u"--servers"_s, m_servers[0].spec()},
                                    m_dir.filePath(u"cli.ini"_s));
    QCOMPARE(run.code, 0);
    QJsonParseError error;
    const QJsonArray locks = QJsonDocument::fromJson(run.out, &error).array();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(locks.size(), 1);
    QCOMPARE(locks[0][u"name"_s].toString(), u"odd"_s);
    // The same text the table shows, quotes and escapes intact through JSON.
    QCOMPARE(locks[0][u"value"_s].toString(), decodeValue(value, 16).display);
    QVERIFY(locks[0][u"value"_s].toString().contains(u'"'));
    QVERIFY(locks[0][u"owner"_s].isNull());
    QCOMPARE(locks[0][u"split"_s].toBool(), false);
    QCOMPARE(locks[0][u"flags"_s].toInt(), 16);
}

void TestInspectCost::unwritableAuditLogRefusesAndExits()
{
    // The refusal is reported after the call, so the CLI's event loop hears it and exits.
    QVERIFY(takeDjangoLock(m_servers[0], u"kept"_s));
    QProcessEnvironment env;
    env.insert(u"LOCKBOARD_AUDIT_LOG"_s, u"/proc/version/audit.jsonl"_s);
    const test::CtlRun run = runCtl({u"release"_s, u"kept"_s, u"--yes"_s, u"--server"_s, u"0"_s,
                                     u"--servers"_s, m_servers[0].spec()},
                                    m_dir.filePath(u"cli.ini"_s), env);
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(u"not released"_s) && run.err.contains(u"/proc/version"_s),
             qPrintable(run.err));
    QVERIFY(m_servers[0]
                .command("get " + djangoLockKey(u"kept"_s) + "\r\n", "END\r\n")
                .startsWith("VALUE"));
}

QTEST_GUILESS_MAIN(TestInspectCost)
#include "tst_inspectcost.moc"
