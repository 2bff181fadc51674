// The dashboard window against real memcached processes: locks appear, and
// the GUI thread keeps running while a server is blackholed.
#include "core/activity/ActivityMonitor.h"
#include "core/client/Client.h"
#include "tests/support/FaultProxy.h"
#include "tests/support/MemcachedServer.h"
#include "tests/support/StallMeter.h"
#include "ui/DoctorView.h"
#include "ui/LocksView.h"
#include "ui/MainWindow.h"
#include "ui/models/LocksModel.h"
#include "ui/models/ServersModel.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace lockboard;
using lockboard::test::FaultProxy;
using lockboard::test::MemcachedServer;
using lockboard::test::StallMeter;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsHeldLocks();
    void saysWhereNewLocksCanBeLate();
    void neverStallsOnABlackholedServer();
    void unixSocketServer();
    void refreshNowWalksTimedRefreshesDoNot();
    void ownFailedSetsAreAdded();
    void doctorTab();
};

void TestMainWindow::showsHeldLocks()
{
    MemcachedServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Profile profile;
    profile.name = u"test"_s;
    profile.servers = *ServerSpec::parseList(server.spec());
    Client client(profile);
    QCOMPARE(client.add(":1:__d_lock_nightly", "1", 120, 2).outcome, Outcome::Stored);

    QTemporaryDir dir; // not the user's settings
    MainWindow window(ProfileStore(dir.filePath(u"profiles.ini"_s)));
    window.setProfile(profile);
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(window.locksModel()->rowCount(), 1, 10000);
    QCOMPARE(window.locksModel()->index(0, LocksModel::Name).data().toString(), u"nightly"_s);

    QCOMPARE(client.remove(":1:__d_lock_nightly").outcome,
             Outcome::Deleted); // released: the row goes
    QTRY_COMPARE_WITH_TIMEOUT(window.locksModel()->rowCount(), 0, 10000);
}

void TestMainWindow::saysWhereNewLocksCanBeLate()
{
    // A server that refuses walks and watching sees only known names: the
    // status bar never calls the list complete, and the note above the locks
    // says where and why; the plain server's new locks are live.
    MemcachedServer plain;
    MemcachedServer names;
    QVERIFY2(plain.start(), qPrintable(plain.errorString()));
    QVERIFY2(names.start({u"-X"_s, u"-W"_s}), qPrintable(names.errorString()));
    Profile profile;
    profile.name = u"late"_s;
    profile.servers = *ServerSpec::parseList(QString(plain.spec() + u',' + names.spec()));
    QTemporaryDir dir;
    MainWindow window(ProfileStore(dir.filePath(u"profiles.ini"_s)));
    window.setProfile(profile);
    window.show();
    QTRY_VERIFY2_WITH_TIMEOUT(
        window.summaryLabel()->text().contains(u"new locks late on 1 server"_s),
        qPrintable(window.summaryLabel()->text()), 10000);
    const QString note = window.locksView()->freshnessLabel()->text();
    QVERIFY(window.locksView()->freshnessLabel()->isVisible());
    QVERIFY2(note.contains(names.spec()) && note.contains(u"names mode"_s), qPrintable(note));
    QVERIFY2(!note.contains(plain.spec()), qPrintable(note));
}

void TestMainWindow::ownFailedSetsAreAdded()
{
    // This program's own failed sets (the demo's workload) are added to the
    // server's: one that timed out against a blackhole never reached the server.
    MemcachedServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    FaultProxy proxy(server.port());
    Profile profile;
    profile.name = u"own"_s;
    profile.servers = *ServerSpec::parseList(proxy.spec());
    auto counters = std::make_shared<ClientCounters>(1);
    {
        Client client(profile, {.connectTimeoutMs = 300, .ioTimeoutMs = 300}, counters);
        QCOMPARE(client.get(":1:warm").outcome, Outcome::NotFound); // connected
        proxy.setMode(FaultProxy::Mode::Blackhole);
        QCOMPARE(client.set(":1:page", "x", 60).outcome, Outcome::Timeout);
        proxy.setMode(FaultProxy::Mode::Pass);
    }
    QCOMPARE(counters->snapshot(0).failedSetsServerMissed, quint64(1));

    QTemporaryDir dir;
    MainWindow window(ProfileStore(dir.filePath(u"profiles.ini"_s)));
    window.setOwnCounters(counters);
    window.setProfile(profile);
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(window.serversModel()->rowCount(), 1, 10000);
    QCOMPARE(window.serversModel()->condition(0), ServersModel::Condition::Up);
    QTRY_COMPARE_WITH_TIMEOUT(
        window.serversModel()->index(0, ServersModel::FailedSets).data(Qt::DisplayRole).toString(),
        u"1"_s, 10000);
}

void TestMainWindow::unixSocketServer()
{
    // A unix-socket server: the window lists its locks and its activity
    // streams (it used to crash: the socket was used before it was stored).
    QTemporaryDir dir;
    MemcachedServer server;
    QVERIFY2(server.startUnix(dir.filePath(u"mc.sock"_s)), qPrintable(server.errorString()));
    QCOMPARE(server.command("add :1:__d_lock_over-unix 2 120 1\r\n1\r\n"),
             QByteArray("STORED\r\n"));
    Profile profile;
    profile.name = u"unix"_s;
    profile.servers = *ServerSpec::parseList(server.spec());
    MainWindow window(ProfileStore(dir.filePath(u"profiles.ini"_s)));
    window.setProfile(profile);
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(window.locksModel()->rowCount(), 1, 10000);
    QCOMPARE(window.locksModel()->lockAt(0).name, u"over-unix"_s);
    QCOMPARE(window.serversModel()->condition(0), ServersModel::Condition::Up);
    QTRY_VERIFY_WITH_TIMEOUT(window.activityMonitor()->allStreaming(), 10000);
    // A lock taken now arrives from the stream.
    QCOMPARE(server.command("add :1:__d_lock_second 2 120 1\r\n1\r\n"), QByteArray("STORED\r\n"));
    QTRY_COMPARE_WITH_TIMEOUT(window.locksModel()->rowCount(), 2, 10000);
}

void TestMainWindow::refreshNowWalksTimedRefreshesDoNot()
{
    // Without the server's own expiry crawls, lru_crawler_starts counts our walks.
    MemcachedServer server;
    QVERIFY2(server.start({u"-o"_s, u"no_lru_maintainer"_s}), qPrintable(server.errorString()));
    Profile profile;
    profile.name = u"walks"_s;
    profile.servers = *ServerSpec::parseList(server.spec());
    QTemporaryDir dir;
    MainWindow window(ProfileStore(dir.filePath(u"profiles.ini"_s)));
    QSignalSpy shown(&window, &MainWindow::snapshotShown);
    window.setProfile(profile);
    QVERIFY(shown.wait(10000));
    QCOMPARE(server.stat("lru_crawler_starts"), 1); // the first refresh walks
    // Once the store stream is up (before that, the lock classes are walked),
    // two timed refreshes (every 2 s) read the known locks and walk nothing.
    QTRY_VERIFY_WITH_TIMEOUT(window.activityMonitor()->allStreaming(), 10000);
    QVERIFY(shown.wait(10000));
    const qint64 starts = server.stat("lru_crawler_starts");
    QVERIFY(shown.wait(10000));
    QVERIFY(shown.wait(10000));
    QCOMPARE(server.stat("lru_crawler_starts"), starts);
    // The operator's Refresh now walks.
    window.refreshAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(server.stat("lru_crawler_starts"), starts + 1, 10000);
}

void TestMainWindow::neverStallsOnABlackholedServer()
{
    MemcachedServer healthy;
    MemcachedServer cut;
    QVERIFY(healthy.start());
    QVERIFY(cut.start());
    FaultProxy proxy(cut.port());
    proxy.setMode(FaultProxy::Mode::Blackhole);
    Profile profile;
    profile.name = u"test"_s;
    profile.servers = *ServerSpec::parseList(QString(healthy.spec() + u',' + proxy.spec()));

    QTemporaryDir settings; // not the user's settings
    MainWindow window(ProfileStore(settings.filePath(u"profiles.ini"_s)));
    window.setProfile(profile);
    window.show();
    // Over 4 s of refreshes, one server never answering: the GUI thread must
    // never wait on the network (a wait shows as a long real-time gap).
    StallMeter stalls;
    stalls.start();
    QTest::qWait(4000);
    QVERIFY2(stalls.responsive(100), qPrintable(stalls.describe()));
    qInfo("with a blackholed server: %s", qPrintable(stalls.describe()));
}

void TestMainWindow::doctorTab()
{
    // A server that refuses watching (-W), holding a lock that never expires.
    MemcachedServer server;
    QVERIFY2(server.start({u"-W"_s}), qPrintable(server.errorString()));
    Profile profile;
    profile.name = u"doctor"_s;
    profile.servers = *ServerSpec::parseList(server.spec());
    Client client(profile);
    QCOMPARE(client.add(":1:__d_lock_forever", "1", 0, 2).outcome, Outcome::Stored);

    QTemporaryDir dir;
    MainWindow window(ProfileStore(dir.filePath(u"profiles.ini"_s)));
    window.setProfile(profile);
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(window.locksModel()->rowCount(), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.activityMonitor()->servers().value(0).supported, 10000);

    const auto codes = [&] {
        QStringList list;
        QTableWidget* findings = window.doctorView()->list();
        for (int row = 0; row < findings->rowCount(); ++row)
            list.append(findings->item(row, 0)->data(Qt::UserRole).toString());
        return list;
    };
    QSignalSpy shown(&window, &MainWindow::doctorShown);
    window.showTab(MainWindow::DoctorTab); // the first visit runs by itself
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 10000);
    // One server: python-memcached has nowhere to rehash to, so no rehash finding.
    QCOMPARE(codes(), (QStringList{u"lock-without-ttl"_s, u"watch-refused"_s}));

    // Released, then checked again: the finding is gone.
    QCOMPARE(client.remove(":1:__d_lock_forever").outcome, Outcome::Deleted);
    QTRY_COMPARE_WITH_TIMEOUT(window.locksModel()->rowCount(), 0, 10000);
    QVERIFY(window.doctorView()->checkButton()->isEnabled());
    window.doctorView()->checkButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 2, 10000);
    QCOMPARE(codes(), QStringList{u"watch-refused"_s});
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
