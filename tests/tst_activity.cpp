// Live lock activity against real memcached processes: a known pattern of
// acquisitions, contention, releases and expiries gives exactly those counts;
// the stream reconnects when its server restarts; a server that does not speak
// the watch protocol gets a note; lockboardctl activity prints the figures.
#include "core/activity/ActivityMonitor.h"
#include "core/client/Client.h"
#include "core/inspect/ClusterInspector.h"
#include "core/lock/DistributedLock.h"
#include "tests/support/CtlRun.h"
#include "tests/support/FaultProxy.h"
#include "tests/support/MemcachedServer.h"
#include "tests/support/Timing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;
using namespace lockboard;
using lockboard::test::FaultProxy;
using lockboard::test::MemcachedServer;

namespace {

Profile profileFor(const QString& servers)
{
    Profile profile;
    profile.name = u"test"_s;
    profile.servers = *ServerSpec::parseList(servers);
    return profile;
}

// Runs work on its own thread (the client blocks) while the test's event loop
// keeps the monitor going; true when it finished within timeoutMs.
bool runTraffic(std::function<void()> work, int timeoutMs = 30000)
{
    std::unique_ptr<QThread> thread(QThread::create(std::move(work)));
    thread->start();
    return QTest::qWaitFor([&] { return thread->isFinished(); }, timeoutMs);
}

std::optional<LockActivityStats> find(const ActivityMonitor& monitor, const QString& name)
{
    for (const LockActivityStats& lock : monitor.stats())
        if (lock.name == name)
            return lock;
    return std::nullopt;
}

// The pattern: three 1 s holds of "report", each met by two contended adds
// (the seed's Django recipe: add(key, 1, ttl), delete); one hold of "short"
// (TTL 4 s) left to expire; "forever" taken with no TTL; one Lockboard lock refreshed
// past its TTL and released.
void drivePattern(const Profile& profile)
{
    Client holder(profile);
    Client rival(profile);
    const QByteArray report = ":1:__d_lock_report";
    for (int i = 0; i < 3; ++i) {
        if (holder.add(report, "1", 60, 2).outcome != Outcome::Stored)
            qFatal("the pattern's add failed");
        for (int attempt = 0; attempt < 2; ++attempt) {
            QThread::msleep(100);
            if (rival.add(report, "1", 60, 2).outcome != Outcome::NotStored)
                qFatal("the rival got the lock");
        }
        QThread::msleep(800);
        (void)holder.remove(report);
        QThread::msleep(300);
    }
    // TTL 4: memcached drops it 3 to 4 s later. (A TTL of 1 or 2 s cannot be
    // told from a release that soon: memcached's clock ticks once a second.)
    (void)holder.add(":1:__d_lock_short", "1", 4, 2);
    (void)holder.add(":1:__d_lock_forever", "1", 0, 2);
    // TTL 4 s refreshed every 0.8 s for over 4 s, then released 0.8 s after the
    // last refresh: well before that refresh's expiry, so a release.
    LockOptions options;
    options.ttl = 4;
    DistributedLock lock(holder, u"heartbeat"_s, options);
    if (!lock.acquire().ok())
        qFatal("heartbeat not acquired");
    for (int i = 0; i < 6; ++i) {
        QThread::msleep(800);
        if (!lock.refresh().ok())
            qFatal("heartbeat lost");
    }
    QThread::msleep(800);
    (void)lock.release();
    QThread::sleep(2); // "short" expires meanwhile
}

} // namespace

class TestActivity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownPatternGivesExactFigures();
    void holderConnectedBeforeWatching();
    void reconnectsWhenTheStreamDrops();
    void serverWithoutWatchGetsANote();
    void ctlActivity();
};

void TestActivity::knownPatternGivesExactFigures()
{
    MemcachedServer a;
    MemcachedServer b;
    QVERIFY(a.start());
    QVERIFY(b.start());
    const Profile profile = profileFor(a.spec() + u',' + b.spec());
    ActivityMonitor monitor(profile);
    monitor.start();
    QTRY_VERIFY_WITH_TIMEOUT(monitor.allStreaming(), 5000);

    QVERIFY(runTraffic([&] { drivePattern(profile); }));
    // The figures trail the servers by ActivityMonitor::Lag: wait for the last
    // hold (heartbeat's) to be counted.
    const auto heartbeatDone = [&] {
        const auto heartbeat = find(monitor, u"heartbeat"_s);
        return heartbeat && heartbeat->released + heartbeat->expired == 1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(heartbeatDone(), 10000);

    const auto report = find(monitor, u"report"_s);
    QVERIFY(report);
    QCOMPARE(report->acquisitions, 3);
    QCOMPARE(report->contended, 6);
    QCOMPARE(report->released, 3);
    QCOMPARE(report->expired, 0);
    QCOMPARE(report->contentionRatio, 6.0 / 9.0);
    QCOMPARE(report->holdSamples, 3);
    // Each hold was 2 x 100 ms + 800 ms plus client time, checked every 100 ms;
    // the upper bound leaves room for a loaded machine delaying the checks
    // (and a sanitizer build running them slower).
    const double longest = double(lockboard::test::timingBound(2500)) / 1000;
    QVERIFY2(report->holdP50 > 0.9 && report->holdP50 < longest,
             qPrintable(QString::number(report->holdP50)));
    QVERIFY2(report->holdP99 > 0.9 && report->holdP99 < longest,
             qPrintable(QString::number(report->holdP99)));
    QVERIFY(!report->held);
    qInfo("report: 3 holds of ~1 s measured p50 %.3f s, p99 %.3f s", report->holdP50,
          report->holdP99);

    // "short" expired during the pattern's last pause; its check may come later.
    QTRY_VERIFY_WITH_TIMEOUT(find(monitor, u"short"_s) && find(monitor, u"short"_s)->expired == 1,
                             10000);
    const auto shortLock = find(monitor, u"short"_s);
    QCOMPARE(shortLock->acquisitions, 1);
    QCOMPARE(shortLock->released, 0);
    QCOMPARE(shortLock->expired, 1);

    const auto forever = find(monitor, u"forever"_s);
    QVERIFY(forever->held);
    QCOMPARE(forever->ttl, ttl::Never);
    // One convention for "never expires": the inspector says the same of the same copy.
    {
        ClusterInspector inspector(profile, {});
        QSignalSpy ready(&inspector, &ClusterInspector::snapshotReady);
        inspector.refresh();
        QVERIFY(ready.wait(10000));
        const auto snapshot = ready.at(0).at(0).value<ClusterSnapshot>();
        const auto copy =
            std::find_if(snapshot.locks.cbegin(), snapshot.locks.cend(),
                         [](const LockRecord& lock) { return lock.name == u"forever"_s; });
        QVERIFY(copy != snapshot.locks.cend());
        QCOMPARE(copy->ttl, forever->ttl);
    }
    QVERIFY(forever->hints.contains(ActivityHint::NoTtl));
    QVERIFY2(forever->holderAddress.startsWith("127.0.0.1:"), forever->holderAddress.constData());

    const auto heartbeat = find(monitor, u"heartbeat"_s);
    QCOMPARE(heartbeat->acquisitions, 1);
    QCOMPARE(heartbeat->released, 1); // refreshed past its 2 s TTL, then released
    QCOMPARE(heartbeat->expired, 0);
    QVERIFY(heartbeat->holdP50 > 4.5);
}

void TestActivity::holderConnectedBeforeWatching()
{
    // A client connected before the watch began has no conn_new event: its
    // address comes from "stats conns".
    MemcachedServer server;
    QVERIFY(server.start());
    const Profile profile = profileFor(server.spec());
    Client early(profile);
    QCOMPARE(early.get(":1:warm-up").outcome, Outcome::NotFound); // connects now
    ActivityMonitor monitor(profile);
    monitor.start();
    QTRY_VERIFY_WITH_TIMEOUT(monitor.allStreaming(), 5000);
    QVERIFY(runTraffic([&] { (void)early.add(":1:__d_lock_early", "1", 60, 2); }));
    // "stats conns" may answer before or after the stream tells of the add:
    // the address is known either way once both are in.
    const auto holder = [&] {
        const auto stats = find(monitor, u"early"_s);
        return stats && stats->held ? stats->holderAddress : QByteArray();
    };
    QTRY_VERIFY_WITH_TIMEOUT(!holder().isEmpty(), 10000);
    QVERIFY2(holder().startsWith("127.0.0.1:"), holder().constData());
}

void TestActivity::reconnectsWhenTheStreamDrops()
{
    MemcachedServer server;
    QVERIFY(server.start());
    const Profile profile = profileFor(server.spec());
    ActivityMonitor monitor(profile);
    QSignalSpy states(&monitor, &ActivityMonitor::serverStateChanged);
    monitor.start();
    QTRY_VERIFY_WITH_TIMEOUT(monitor.allStreaming(), 5000);

    server.kill();
    QTRY_VERIFY_WITH_TIMEOUT(!monitor.allStreaming(), 5000);
    QVERIFY2(monitor.servers()[0].note.contains(u"reconnecting"_s),
             qPrintable(monitor.servers()[0].note));
    QVERIFY(server.restart());
    QTRY_VERIFY_WITH_TIMEOUT(monitor.allStreaming(), 10000);
    QVERIFY(monitor.servers()[0].note.isEmpty());

    QVERIFY(runTraffic([&] {
        Client client(profile);
        (void)client.add(":1:__d_lock_after", "1", 60, 2);
    }));
    QTRY_VERIFY_WITH_TIMEOUT(find(monitor, u"after"_s) && find(monitor, u"after"_s)->held, 5000);
}

void TestActivity::serverWithoutWatchGetsANote()
{
    MemcachedServer server;
    QVERIFY(server.start());
    FaultProxy proxy(server.port());
    proxy.setMode(FaultProxy::Mode::Garbage);
    ActivityMonitor monitor(profileFor(proxy.spec()));
    monitor.start();
    QTRY_VERIFY_WITH_TIMEOUT(!monitor.servers()[0].supported, 5000);
    const QString note = monitor.servers()[0].note;
    QVERIFY2(note.contains(proxy.spec()) && note.contains(u"does not stream"_s), qPrintable(note));
    QVERIFY(note.contains(u"HELLO FROM NOT-MEMCACHED"_s));
}

void TestActivity::ctlActivity()
{
    MemcachedServer server;
    QVERIFY(server.start());
    const Profile profile = profileFor(server.spec());
    QTemporaryDir dir;
    // lockboardctl runs in-process and blocks this thread: the traffic runs beside it.
    std::atomic_bool watchSeen = false;
    std::unique_ptr<QThread> traffic(QThread::create([&] {
        // Once the command's watch is up (the server counts it in log_watchers).
        watchSeen = QTest::qWaitFor([&] { return server.stat("log_watchers") >= 1; }, 20000);
        Client client(profile);
        Client rival(profile);
        for (int i = 0; i < 2; ++i) {
            (void)client.add(":1:__d_lock_nightly", "1", 60, 2);
            (void)rival.add(":1:__d_lock_nightly", "1", 60, 2);
            QThread::msleep(300);
            (void)client.remove(":1:__d_lock_nightly");
            QThread::msleep(300);
        }
    }));
    traffic->start();
    const auto run = lockboard::test::runCtl(
        {u"activity"_s, u"--servers"_s, server.spec(), u"--duration"_s, u"5"_s, u"--json"_s},
        dir.filePath(u"p.ini"_s));
    traffic->wait();
    QVERIFY2(watchSeen, "the command's watch never showed in the server's log_watchers");
    QCOMPARE(run.code, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json[u"servers"_s].toArray()[0].toObject()[u"streaming"_s].toBool(), true);
    const QJsonArray locks = json[u"locks"_s].toArray();
    QCOMPARE(locks.size(), 1);
    const QJsonObject nightly = locks[0].toObject();
    QCOMPARE(nightly[u"name"_s].toString(), u"nightly"_s);
    QCOMPARE(nightly[u"acquisitions"_s].toInt(), 2);
    QCOMPARE(nightly[u"contended"_s].toInt(), 2);
    QCOMPARE(nightly[u"released"_s].toInt(), 2);
    QCOMPARE(nightly[u"contention_ratio"_s].toDouble(), 0.5);

    const auto bad = lockboard::test::runCtl(
        {u"activity"_s, u"--servers"_s, server.spec(), u"--duration"_s, u"soon"_s},
        dir.filePath(u"p.ini"_s));
    QCOMPARE(bad.code, 2);
    QVERIFY(bad.err.contains(u"--duration"_s));

    // A dead server: the figures are incomplete, exit 1, and stderr names it.
    const QString dead = u"127.0.0.1:%1"_s.arg(MemcachedServer::freePort());
    const auto refused = lockboard::test::runCtl(
        {u"activity"_s, u"--servers"_s, dead, u"--duration"_s, u"1"_s}, dir.filePath(u"p.ini"_s));
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(dead) && refused.err.contains(u"reconnecting"_s),
             qPrintable(refused.err));
}

QTEST_GUILESS_MAIN(TestActivity)
#include "tst_activity.moc"
