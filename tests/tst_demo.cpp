// lockboard --demo: real memcached processes with the promised locks, the
// dashboard populated on them, everything stopped afterwards, and a clear
// message when memcached is missing.
#include "app/demo/DemoCluster.h"
#include "app/demo/DemoWorkload.h"
#include "core/client/Client.h"
#include "core/inspect/ClusterInspector.h"
#include "ui/MainWindow.h"
#include "ui/PlacementView.h"
#include "ui/charts/SpreadChart.h"
#include "ui/models/EventsModel.h"
#include "ui/models/LocksModel.h"
#include "ui/models/ServersModel.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace lockboard;

namespace {

ClusterSnapshot inspect(const Profile& profile)
{
    ClusterInspector inspector(profile, {});
    QSignalSpy ready(&inspector, &ClusterInspector::snapshotReady);
    inspector.refresh();
    if (!ready.wait(10000))
        return {};
    return ready.at(0).at(0).value<ClusterSnapshot>();
}

QList<LockRecord> copiesOf(const ClusterSnapshot& snapshot, const char* name)
{
    QList<LockRecord> copies;
    for (const LockRecord& lock : snapshot.locks)
        if (lock.name == QLatin1StringView(name))
            copies.append(lock);
    return copies;
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedsWhatItPromises();
    void dashboardShowsEveryView();
    void missingMemcachedIsSaid();
    void killedAppLeavesNoServers();
    void stopDoesNotBlock();
    void quitSignalStopsServersFirst_data();
    void quitSignalStopsServersFirst();
};

void TestDemo::seedsWhatItPromises()
{
    Profile profile;
    {
        DemoCluster demo;
        QSignalSpy ready(&demo, &DemoCluster::ready);
        QSignalSpy failed(&demo, &DemoCluster::failed);
        demo.start();
        QVERIFY2(ready.wait(20000),
                 qPrintable(failed.isEmpty() ? u"no answer"_s : failed.at(0).at(0).toString()));
        profile = demo.profile();
        QCOMPARE(profile.servers.size(), 3);

        const ClusterSnapshot snapshot = inspect(profile);
        QCOMPARE(snapshot.servers.size(), 3);
        for (const ServerHealth& server : snapshot.servers)
            QVERIFY2(server.up && server.scanned, qPrintable(server.errorText()));

        // The split lock: on its home and where python-memcached's rehash puts it.
        const QList<LockRecord> split = copiesOf(snapshot, DemoWorkload::SplitLock);
        QCOMPARE(split.size(), 2);
        QVERIFY(split[0].split && split[1].split);
        QCOMPARE(int(split[0].misplaced) + int(split[1].misplaced), 1);
        const auto pythonMemcached =
            Placement::create(ClientLibrary::PythonMemcached, profile.servers);
        const int home = pythonMemcached->home(split[0].key);
        for (const LockRecord& copy : split)
            QVERIFY(copy.server == home ||
                    copy.server == pythonMemcached->landing(copy.key, {home}));

        const QList<LockRecord> noTtl = copiesOf(snapshot, DemoWorkload::NoTtlLock);
        QCOMPARE(noTtl.size(), 1);
        QCOMPARE(noTtl[0].ttl, qint64(-1));

        const QList<LockRecord> stale = copiesOf(snapshot, DemoWorkload::StaleLock);
        QCOMPARE(stale.size(), 1);
        QVERIFY(stale[0].owner.has_value());
        QVERIFY(stale[0].owner->host != OwnerToken::forThisProcess().host ||
                stale[0].owner->pid != QCoreApplication::applicationPid());
        QVERIFY(stale[0].owner->acquired.secsTo(QDateTime::currentDateTimeUtc()) > 2 * 3600);

        // The workers take the contended locks with this process's owner token
        // (each for a moment: waited for once, not checked again).
        const bool workerSeen = QTest::qWaitFor(
            [&] {
                const ClusterSnapshot now = inspect(profile);
                for (const LockRecord& lock : now.locks)
                    if (lock.owner && lock.owner->pid == QCoreApplication::applicationPid())
                        return true;
                return false;
            },
            15000);
        QVERIFY(workerSeen);
    } // the demo goes: its servers stop

    Client client(profile);
    for (int server = 0; server < profile.servers.size(); ++server)
        QCOMPARE(client.stats(server).outcome, Outcome::ConnectionRefused);
}

void TestDemo::dashboardShowsEveryView()
{
    QTemporaryDir settings;
    DemoCluster demo;
    MainWindow window(ProfileStore(settings.filePath(u"profiles.ini"_s)));
    QObject::connect(&demo, &DemoCluster::ready, &window, &MainWindow::setProfile);
    window.show();
    demo.start();
    QSignalSpy shown(&window, &MainWindow::snapshotShown);
    QVERIFY(shown.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(window.locksModel()->rowCount() >= 6, 10000);
    QCOMPARE(window.serversModel()->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(window.serversModel()->condition(row), ServersModel::Condition::Up);
    bool splitEvent = false;
    for (int row = 0; row < window.eventsModel()->rowCount(); ++row)
        splitEvent |= window.eventsModel()->eventAt(row).kind == ClusterEvent::Kind::LockSplit;
    QVERIFY(splitEvent);
    QCOMPARE(window.placementView()->spreadChart()->barSetCount(), 1);
    // Ops/s needs two refreshes.
    QTRY_VERIFY_WITH_TIMEOUT(!window.serversModel()
                                  ->index(0, ServersModel::OperationsPerSecond)
                                  .data()
                                  .toString()
                                  .isEmpty(),
                             10000);
}

void TestDemo::missingMemcachedIsSaid()
{
    DemoCluster demo;
    demo.setMemcachedProgram(u"/nonexistent/memcached"_s);
    QSignalSpy failed(&demo, &DemoCluster::failed);
    demo.start();
    QCOMPARE(failed.count(), 0); // never inside start(): its caller connects afterwards too
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.count(), 1);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(u"memcached is not installed"_s), qPrintable(message));
    QVERIFY(message.contains(u"apt-get install memcached"_s));
}

static QStringList childServers(const QProcess& app)
{
    QProcess pgrep;
    pgrep.start(u"pgrep"_s, {u"-P"_s, QString::number(app.processId()), u"memcached"_s});
    pgrep.waitForFinished();
    return QString::fromLatin1(pgrep.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

// Gone, or a zombie waiting for whoever adopted it to reap it (kill(pid, 0)
// still succeeds on a zombie).
static bool processGone(const QString& pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    const qsizetype afterName = line.lastIndexOf(')'); // the name may hold spaces
    return afterName < 0 || line.mid(afterName + 2, 1) == "Z";
}

static void startDemoApp(QProcess& app)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(LOCKBOARD_APP), {u"--demo"_s});
}

void TestDemo::killedAppLeavesNoServers()
{
    // The real program, killed with SIGKILL: no chance to clean up.
    QProcess app;
    startDemoApp(app);
    QVERIFY(app.waitForStarted());
    QStringList servers;
    QTRY_VERIFY_WITH_TIMEOUT((servers = childServers(app)).size() == 3, 30000);
    ::kill(pid_t(app.processId()), SIGKILL);
    QVERIFY(app.waitForFinished());
    for (const QString& pid : std::as_const(servers))
        QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), 10000);
}

void TestDemo::stopDoesNotBlock()
{
    DemoCluster demo;
    QSignalSpy ready(&demo, &DemoCluster::ready);
    demo.start();
    QVERIFY(ready.wait(20000));
    const Profile profile = demo.profile();
    // Connection failures so far are the workload's wait for the servers to start.
    const auto failures = [&demo] {
        quint64 count = 0;
        for (const ServerCounters& server : demo.counters()->snapshot())
            count += server.outcomes.value(Outcome::ConnectionRefused) +
                     server.outcomes.value(Outcome::ConnectionFailed);
        return count;
    };
    const quint64 failuresBefore = failures();
    QSignalSpy stopped(&demo, &DemoCluster::stopped);
    demo.stop(); // returns before anything has stopped: the caller's loop keeps turning
    QCOMPARE(stopped.count(), 0);
    QVERIFY(demo.isRunning());
    QVERIFY(stopped.wait(10000));
    QVERIFY(!demo.isRunning());
    Client client(profile);
    for (int server = 0; server < profile.servers.size(); ++server)
        QCOMPARE(client.stats(server).outcome, Outcome::ConnectionRefused);
    // The workers released their locks before the servers went: no operation
    // of the workload met a missing server.
    QCOMPARE(failures(), failuresBefore);
}

void TestDemo::quitSignalStopsServersFirst_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGHUP") << int(SIGHUP);
}

void TestDemo::quitSignalStopsServersFirst()
{
    QFETCH(int, signal);
    QProcess app;
    startDemoApp(app);
    QVERIFY(app.waitForStarted());
    QStringList servers;
    QTRY_VERIFY_WITH_TIMEOUT((servers = childServers(app)).size() == 3, 30000);
    ::kill(pid_t(app.processId()), signal);
    QVERIFY(app.waitForFinished(10000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit); // not killed by the signal
    QCOMPARE(app.exitCode(), 0);
    // Stopped and reaped before it exited: gone now, not a moment later.
    for (const QString& pid : std::as_const(servers))
        QVERIFY2(::kill(pid_t(pid.toInt()), 0) != 0, qPrintable(pid));
}

QTEST_MAIN(TestDemo)
#include "tst_demo.moc"
