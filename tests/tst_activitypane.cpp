// The dashboard's activity pane and hints against a real memcached: select a
// lock, see its acquisitions, contention, releases and hold times; a lock with
// no TTL is hinted in the locks table.
#include "core/activity/ActivityMonitor.h"
#include "core/client/Client.h"
#include "tests/support/MemcachedServer.h"
#include "ui/ActivityPane.h"
#include "ui/LocksView.h"
#include "ui/MainWindow.h"
#include "ui/charts/ActivityCharts.h"
#include "ui/models/LocksModel.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using namespace lockboard;
using lockboard::test::MemcachedServer;

class TestActivityPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheSelectedLocksActivity();
    void chartScalesAreRound_data();
    void chartScalesAreRound();
};

void TestActivityPane::chartScalesAreRound_data()
{
    QTest::addColumn<QList<double>>("holds");
    QTest::addColumn<double>("window"); // seconds
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QList<int>>("counts");
    QTest::addColumn<double>("minutesTick");
    const auto ints = [](std::initializer_list<int> values) {
        return QList<int>(values);
    };
    QTest::newRow("seconds") << QList<double>{4.2, 7.3, 0.2} << 600.0 << u"seconds held"_s
                             << QStringList{u"0"_s, u"1"_s, u"2"_s, u"3"_s, u"4"_s,
                                            u"5"_s, u"6"_s, u"7"_s, u"8"_s, u"9"_s}
                             << ints({1, 0, 0, 0, 1, 0, 0, 1, 0, 0}) << 2.0;
    QTest::newRow("fractions of a second")
        << QList<double>{0.03, 0.29} << 1800.0 << u"seconds held"_s
        << QStringList{u"0.00"_s, u"0.05"_s, u"0.10"_s, u"0.15"_s, u"0.20"_s,
                       u"0.25"_s, u"0.30"_s, u"0.35"_s, u"0.40"_s, u"0.45"_s}
        << ints({1, 0, 0, 0, 0, 1, 0, 0, 0, 0}) << 10.0;
    QTest::newRow("minutes") << QList<double>{150, 30 * 60} << 3600.0 << u"minutes held"_s
                             << QStringList{u"0"_s,  u"5"_s,  u"10"_s, u"15"_s, u"20"_s,
                                            u"25"_s, u"30"_s, u"35"_s, u"40"_s, u"45"_s}
                             << ints({1, 0, 0, 0, 0, 0, 1, 0, 0, 0}) << 20.0;
    QTest::newRow("hours (a lock held all night)")
        << QList<double>{3 * 3600 + 60} << 300.0 << u"hours held"_s
        << QStringList{u"0.0"_s, u"0.5"_s, u"1.0"_s, u"1.5"_s, u"2.0"_s,
                       u"2.5"_s, u"3.0"_s, u"3.5"_s, u"4.0"_s, u"4.5"_s}
        << ints({0, 0, 0, 0, 0, 0, 1, 0, 0, 0}) << 1.0;
    QTest::newRow("holds on bin edges, and one that is not a number")
        << QList<double>{0.3, 0.6, 0.9, std::nan("")} << 600.0 << u"seconds held"_s
        << QStringList{u"0.0"_s, u"0.1"_s, u"0.2"_s, u"0.3"_s, u"0.4"_s,
                       u"0.5"_s, u"0.6"_s, u"0.7"_s, u"0.8"_s, u"0.9"_s}
        << ints({0, 0, 0, 1, 0, 0, 1, 0, 0, 1}) << 2.0;
    QTest::newRow("no holds yet") << QList<double>{} << 600.0 << u"seconds held"_s
                                  << QStringList{u"0.0"_s, u"0.1"_s, u"0.2"_s, u"0.3"_s, u"0.4"_s,
                                                 u"0.5"_s, u"0.6"_s, u"0.7"_s, u"0.8"_s, u"0.9"_s}
                                  << ints({0, 0, 0, 0, 0, 0, 0, 0, 0, 0}) << 2.0;
}

void TestActivityPane::chartScalesAreRound()
{
    // Bins and ticks an operator reads at a glance: 0, 1, 2 ... seconds, not
    // 0, 0.81, 1.6; hours for a lock held all night.
    QFETCH(QList<double>, holds);
    QFETCH(double, window);
    QFETCH(QString, title);
    QFETCH(QStringList, labels);
    QFETCH(QList<int>, counts);
    QFETCH(double, minutesTick);
    ActivityCharts charts;
    charts.setActivity({}, {}, holds, 1'000'000, window);
    QCOMPARE(charts.histogramTitle(), title);
    QCOMPARE(charts.histogramLabels(), labels);
    QCOMPARE(charts.histogramCounts(), counts);
    QCOMPARE(charts.minutesTickInterval(), minutesTick);
}

void TestActivityPane::showsTheSelectedLocksActivity()
{
    MemcachedServer server;
    QVERIFY(server.start());
    Profile profile;
    profile.name = u"test"_s;
    profile.servers = *ServerSpec::parseList(server.spec());
    QTemporaryDir dir;
    MainWindow window(ProfileStore(dir.filePath(u"p.ini"_s)));
    window.setProfile(profile);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.activityMonitor()->allStreaming(), 5000);

    // Three released holds of "report", each contended once, then a fourth
    // left held; and "forever", with no TTL.
    std::unique_ptr<QThread> traffic(QThread::create([&] {
        Client holder(profile);
        Client rival(profile);
        for (int i = 0; i < 4; ++i) {
            (void)holder.add(":1:__d_lock_report", "1", 60, 2);
            (void)rival.add(":1:__d_lock_report", "1", 60, 2);
            if (i == 3)
                break;
            QThread::msleep(500);
            (void)holder.remove(":1:__d_lock_report");
            QThread::msleep(300);
        }
        (void)holder.add(":1:__d_lock_forever", "1", 0, 2);
    }));
    traffic->start();
    QVERIFY(QTest::qWaitFor([&] { return traffic->isFinished(); }, 20000));

    QTRY_VERIFY_WITH_TIMEOUT(window.locksView()->selectLock(u"report"_s), 10000);
    QLabel* summary = window.activityPane()->summary();
    QTRY_VERIFY2_WITH_TIMEOUT(summary->text().contains(u"4 acquisitions"_s) &&
                                  summary->text().contains(u"3 released"_s),
                              qPrintable(summary->text()), 10000);
    QVERIFY2(summary->text().contains(u"4 contended"_s), qPrintable(summary->text()));
    QVERIFY(summary->text().contains(u"Held now"_s));
    QCOMPARE(window.activityPane()->charts()->histogramBinCount(), ActivityCharts::HistogramBins);

    // The hint for the lock with no TTL, in the table's Hints column.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int row = 0; row < window.locksModel()->rowCount(); ++row)
                if (window.locksModel()->lockAt(row).name == u"forever"_s)
                    return window.locksModel()
                        ->index(row, LocksModel::Hints)
                        .data()
                        .toString()
                        .contains(u"no TTL"_s);
            return false;
        }(),
        10000);

    // The stream paused over its limit: the figures stay, said to be as of
    // then, never shown as zeros.
    QVERIFY(window.locksView()->selectLock(u"report"_s));
    window.activityMonitor()->setStreamLimit(1024);
    std::atomic<bool> busy{true};
    std::unique_ptr<QThread> writer(QThread::create([&] {
        QList<QByteArray> keys;
        for (int i = 0; i < 100; ++i)
            keys.append("cache:page:" + QByteArray::number(i));
        while (busy)
            (void)server.storeMany(keys, "cached");
    }));
    writer->start();
    QTRY_VERIFY_WITH_TIMEOUT(!window.activityMonitor()->servers()[0].streaming, 20000);
    busy = false;
    QVERIFY(writer->wait(10000));
    QTRY_VERIFY2_WITH_TIMEOUT(summary->text().contains(u"Not counting now"_s) &&
                                  summary->text().contains(u"4 acquisitions"_s),
                              qPrintable(summary->text()), 10000);
}

QTEST_MAIN(TestActivityPane)
#include "tst_activitypane.moc"
