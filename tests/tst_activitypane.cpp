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

#include <memory>

using namespace Qt::StringLiterals;
using namespace lockboard;
using lockboard::test::MemcachedServer;

class TestActivityPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheSelectedLocksActivity();
};

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
}

QTEST_MAIN(TestActivityPane)
#include "tst_activitypane.moc"
