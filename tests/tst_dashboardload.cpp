// The dashboard on big clusters, against real memcached processes: the window
// keeps turning while a walk of a million keys is read (the walk is read on
// the inspector's thread), and 100,000 held locks refresh without a stall
// over 100 ms (rows leave and arrive in ranges). Timed: ctest runs it alone.
#include "core/inspect/ClusterSnapshot.h"
#include "tests/support/MemcachedServer.h"
#include "tests/support/StallMeter.h"
#include "ui/MainWindow.h"
#include "ui/models/LocksModel.h"
#include "ui/models/ServersModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace lockboard;
using lockboard::test::MemcachedServer;
using lockboard::test::StallMeter;

namespace {

QList<QByteArray> lockKeys(const QString& pattern, int from, int count)
{
    QList<QByteArray> keys;
    keys.reserve(count);
    for (int i = from; i < from + count; ++i)
        keys.append(":1:__d_lock_" + pattern.arg(i).toUtf8());
    return keys;
}

} // namespace

class TestDashboardLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void walkOfAMillionKeysDoesNotStallTheWindow();
    void hundredThousandLocksRefreshWithoutStall();
};

void TestDashboardLoad::walkOfAMillionKeysDoesNotStallTheWindow()
{

    MemcachedServer server;
    QVERIFY2(server.start({u"-m"_s, u"1024"_s}), qPrintable(server.errorString()));
    QList<QByteArray> plain;
    plain.reserve(1'000'000);
    for (int i = 0; i < 1'000'000; ++i)
        plain.append("cache:item:" + QByteArray::number(i));
    QVERIFY(server.storeMany(plain, "some cached value"));
    plain.clear();
    QVERIFY(server.storeMany(lockKeys(u"job-%1"_s, 0, 300), "1", 2, 600));

    QTemporaryDir settings;
    MainWindow window(ProfileStore(settings.filePath(u"profiles.ini"_s)));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents(); // the first paint is not what is measured

    Profile profile;
    profile.name = u"million"_s;
    profile.servers = *ServerSpec::parseList(server.spec());
    QSignalSpy shown(&window, &MainWindow::snapshotShown);
    StallMeter stalls;
    stalls.start();
    QElapsedTimer clock;
    clock.start();
    window.setProfile(profile);
    QTRY_VERIFY_WITH_TIMEOUT(window.locksModel()->rowCount() == 300, 60000);
    const qint64 walkMs = clock.elapsed();
    stalls.stop();
    const ServerHealth& health = window.serversModel()->serverAt(0);
    QVERIFY(health.walked);
    QVERIFY2(health.keysScanned >= 1'000'300, qPrintable(QString::number(health.keysScanned)));
    qInfo("walk of %lld keys shown after %lld ms; %s", health.keysScanned, walkMs,
          qPrintable(stalls.describe()));
    QVERIFY2(stalls.responsive(100), qPrintable(stalls.describe()));
}

void TestDashboardLoad::hundredThousandLocksRefreshWithoutStall()
{
    std::array<MemcachedServer, 2> servers;
    for (int s = 0; s < 2; ++s) {
        QVERIFY2(servers[s].start({u"-m"_s, u"256"_s}), qPrintable(servers[s].errorString()));
        QVERIFY(servers[s].storeMany(lockKeys(u"job-%1-"_s + QString::number(s), 0, 50'000), "1", 2,
                                     600));
    }
    QTemporaryDir settings;
    MainWindow window(ProfileStore(settings.filePath(u"profiles.ini"_s)));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Profile profile;
    profile.name = u"many"_s;
    profile.servers =
        *ServerSpec::parseList(QString(servers[0].spec() + u","_s + servers[1].spec()));
    QElapsedTimer clock;
    clock.start();
    window.setProfile(profile);
    QTRY_VERIFY_WITH_TIMEOUT(window.locksModel()->rowCount() == 100'000, 60000);
    qInfo("100,000 locks shown after %lld ms", clock.elapsed());

    // Steady state: refreshes of all 100,000, with 1,000 released and 1,000
    // taken in between (the new ones reported by the store stream).
    QSignalSpy shown(&window, &MainWindow::snapshotShown);
    QVERIFY(shown.wait(10000)); // the next full refresh
    StallMeter stalls;
    stalls.start();
    // The clients work on a thread of their own: the GUI thread only shows.
    std::atomic<int> changed{0};
    std::thread clients([&] {
        QByteArray deletes;
        for (const QByteArray& key : lockKeys(u"job-%1-0"_s, 0, 1000))
            deletes += "md " + key + " q\r\n";
        bool ok = servers[0].command(deletes + "mn\r\n", "MN\r\n") == "MN\r\n";
        // Taken 100 at a time: memcached's logger drops what does not fit its
        // per-thread buffer in one burst (about 780 lines), and says so only
        // with the next line it sends.
        for (int from = 0; from < 1000; from += 100)
            ok = ok && servers[1].storeMany(lockKeys(u"new-%1"_s, from, 100), "1", 2, 600);
        changed = ok ? 1 : -1;
    });
    QTRY_VERIFY_WITH_TIMEOUT(changed != 0, 30000);
    clients.join();
    QCOMPARE(changed.load(), 1);
    const auto settled = [&] {
        return window.locksModel()->rowCount() == 100'000 &&
               window.locksModel()->lockAt(99'999).name.startsWith(u"new-"_s);
    };
    QTRY_VERIFY2_WITH_TIMEOUT(
        settled(),
        qPrintable(u"%1 rows, the last %2"_s.arg(window.locksModel()->rowCount())
                       .arg(window.locksModel()->lockAt(window.locksModel()->rowCount() - 1).name)),
        20000);
    for (int i = 0; i < 3; ++i)
        QVERIFY(shown.wait(10000));
    stalls.stop();
    qInfo("refreshes of 100,000 locks: %s", qPrintable(stalls.describe()));
    QVERIFY2(stalls.responsive(100), qPrintable(stalls.describe()));
}

QTEST_MAIN(TestDashboardLoad)
#include "tst_dashboardload.moc"
