// The dashboard window against real memcached processes: locks appear, and
// the GUI thread keeps running while a server is blackholed.
#include "core/client/Client.h"
#include "tests/support/FaultProxy.h"
#include "tests/support/MemcachedServer.h"
#include "tests/support/StallMeter.h"
#include "ui/MainWindow.h"
#include "ui/models/LocksModel.h"

#include <QElapsedTimer>
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
    void neverStallsOnABlackholedServer();
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

    MainWindow window;
    window.setProfile(profile);
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(window.locksModel()->rowCount(), 1, 10000);
    QCOMPARE(window.locksModel()->index(0, LocksModel::Name).data().toString(), u"nightly"_s);

    QCOMPARE(client.remove(":1:__d_lock_nightly").outcome,
             Outcome::Deleted); // released: the row goes
    QTRY_COMPARE_WITH_TIMEOUT(window.locksModel()->rowCount(), 0, 10000);
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

    MainWindow window;
    window.setProfile(profile);
    window.show();
    // The longest gap between 10 ms ticks over 4 s of refreshes, one server
    // never answering: the GUI thread must never wait on the network.
    StallMeter stalls;
    stalls.start();
    QTest::qWait(4000);
    const qint64 longest = stalls.longestMs();
    QVERIFY2(longest < 100, qPrintable(u"longest event-loop stall: %1 ms"_s.arg(longest)));
    qInfo("longest event-loop stall with a blackholed server: %lld ms", longest);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
