// The Servers and Events models and the charts' history, fed by hand-made
// snapshots: contents, incremental updates, bounds.
#include "ui/models/EventsModel.h"
#include "ui/models/ServerHistory.h"
#include "ui/models/ServersModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lockboard;

namespace {

ServerHealth health(int index, bool up, qint64 operations = 0, qint64 failed = 0)
{
    ServerHealth server;
    server.index = index;
    server.server = u"127.0.0.1:%1"_s.arg(21000 + index);
    server.up = up;
    server.scanned = up;
    if (!up)
        server.error = Error(ErrorKind::ConnectionRefused,
                             u"127.0.0.1:%1: connection refused"_s.arg(21000 + index));
    server.uptime = 3600;
    server.latencyMs = 0.5 + index;
    server.operations = operations;
    server.serverFailedSets = failed;
    server.items = 100 * (index + 1);
    return server;
}

ActivityMonitor::ServerState stream(bool streaming, double bytes, double lines, QString note)
{
    ActivityMonitor::ServerState state;
    state.streaming = streaming;
    state.bytesPerSecond = bytes;
    state.linesPerSecond = lines;
    state.note = std::move(note);
    return state;
}

ClusterSnapshot at(qint64 seconds, QList<ServerHealth> servers)
{
    ClusterSnapshot snapshot;
    snapshot.takenAt = QDateTime::fromSecsSinceEpoch(1'800'000'000 + seconds, Qt::UTC);
    snapshot.servers = std::move(servers);
    return snapshot;
}

ClusterEvent makeEvent(int n)
{
    ClusterEvent e;
    e.at = QDateTime::currentDateTimeUtc();
    e.message = u"event %1"_s.arg(n);
    return e;
}

} // namespace

class TestDashboardModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serversModelUpdatesInPlace();
    void serversModelSaysHealthInWords();
    void serversModelShowsWalksAndWatching();
    void historyRatesFromCounterDeltas();
    void historyIsBounded();
    void eventsNewestFirstAndBounded();
};

void TestDashboardModels::serversModelUpdatesInPlace()
{
    ServersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    model.setSnapshot(at(0, {health(0, true), health(1, true)}), {-1, -1});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(resets.count(), 1); // a new cluster
    QCOMPARE(model.index(1, ServersModel::Items).data().toString(), QLocale().toString(200));
    QCOMPARE(model.index(0, ServersModel::OperationsPerSecond).data().toString(), QString());

    model.setSnapshot(at(2, {health(0, true), health(1, false)}), {12.0, -1});
    QCOMPARE(resets.count(), 1); // same servers: no reset
    QCOMPARE(changes.count(), 1);
    QCOMPARE(model.index(0, ServersModel::OperationsPerSecond).data().toString(), u"12"_s);
    QCOMPARE(model.index(1, ServersModel::Items).data().toString(),
             QString()); // down: no stale figures
}

void TestDashboardModels::serversModelSaysHealthInWords()
{
    ServersModel model;
    ServerHealth restarted = health(1, true);
    restarted.restarted = true;
    restarted.uptime = 42;
    ServerHealth busy = health(2, true);
    busy.scanned = false;
    busy.error = Error(ErrorKind::Busy, u"BUSY currently processing crawler request"_s);
    model.setSnapshot(at(0, {health(0, false), restarted, busy, health(3, true)}), {});

    const auto text = [&](int row) {
        return model.index(row, ServersModel::Health).data().toString();
    };
    QVERIFY(text(0).startsWith(u"DOWN"_s));
    QVERIFY(text(0).contains(u"connection refused"_s));
    QCOMPARE(text(1), u"RESTARTED 42 s ago"_s);
    QVERIFY(text(2).contains(u"BUSY"_s));
    QCOMPARE(text(3), u"up"_s);
    QCOMPARE(model.condition(0), ServersModel::Condition::Down);
    QCOMPARE(model.condition(1), ServersModel::Condition::Restarted);
    QCOMPARE(model.condition(2), ServersModel::Condition::ScanFailed);
    // Every condition also has its own colour.
    QSet<QRgb> colours;
    for (int row = 0; row < 4; ++row)
        colours.insert(model.index(row, ServersModel::Health)
                           .data(Qt::BackgroundRole)
                           .value<QBrush>()
                           .color()
                           .rgb());
    QCOMPARE(colours.size(), 3); // restarted and scan failure share the warning colour

    // The inspector flags a restart once; the model keeps showing it while
    // the uptime is short.
    ServerHealth later = health(1, true);
    later.uptime = 44;
    model.setSnapshot(at(2, {health(0, false), later, busy, health(3, true)}), {});
    QCOMPARE(text(1), u"RESTARTED 44 s ago"_s);
}

void TestDashboardModels::serversModelShowsWalksAndWatching()
{
    ServersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ClusterSnapshot snapshot = at(0, {health(0, true), health(1, true)});
    snapshot.servers[0].lastWalkAt = snapshot.takenAt.addSecs(-20);
    snapshot.servers[0].lastWalkSeconds = 0.84;
    snapshot.servers[0].nextWalkAt = snapshot.takenAt.addSecs(3600);
    snapshot.servers[0].keysScanned = 1'000'300;
    snapshot.servers[1].listing = ServerHealth::Listing::Names;
    snapshot.servers[1].listingNote = u"127.0.0.1:21001 refuses key walks (memcached -X)"_s;
    model.setSnapshot(snapshot, {-1, -1});
    const auto text = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role).toString();
    };
    QVERIFY2(text(0, ServersModel::KeyspaceWalk).contains(u"20"_s) &&
                 text(0, ServersModel::KeyspaceWalk).contains(u"60 min"_s),
             qPrintable(text(0, ServersModel::KeyspaceWalk)));
    QVERIFY(text(0, ServersModel::KeyspaceWalk, Qt::ToolTipRole).contains(u"1000300"_s));
    QCOMPARE(text(1, ServersModel::KeyspaceWalk), u"names mode"_s);
    QCOMPARE(text(1, ServersModel::KeyspaceWalk, Qt::ToolTipRole), snapshot.servers[1].listingNote);

    // What watching costs, and why it stopped, with one signal for the rows that changed.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setStreams({stream(true, 12.0 * 1024, 100, {}),
                      stream(false, 0, 0, u"stream stopped: above the limit"_s)});
    QCOMPARE(changed.count(), 1);
    QVERIFY2(text(0, ServersModel::Watching).contains(u"12"_s) &&
                 text(0, ServersModel::Watching).contains(u"100"_s),
             qPrintable(text(0, ServersModel::Watching)));
    QCOMPARE(text(1, ServersModel::Watching), u"off"_s);
    QCOMPARE(text(1, ServersModel::Watching, Qt::ToolTipRole),
             u"stream stopped: above the limit"_s);
    changed.clear();
    model.setStreams({stream(true, 12.0 * 1024, 100, {}),
                      stream(false, 0, 0, u"stream stopped: above the limit"_s)});
    QCOMPARE(changed.count(), 0);

    // A stream paused over its limit says so.
    ActivityMonitor::ServerState paused = stream(false, 0, 0, u"stream paused: above"_s);
    paused.overLimit = true;
    model.setStreams({stream(true, 12.0 * 1024, 100, {}), paused});
    QCOMPARE(text(1, ServersModel::Watching), u"paused: over its limit"_s);

    // How late a new lock can be listed, as core words it (Freshness).
    snapshot.servers[0].freshness.mechanism = Freshness::Mechanism::ClassWalks;
    snapshot.servers[0].freshness.withinSeconds = 4;
    snapshot.servers[0].freshness.classes = 5;
    snapshot.servers[0].freshness.classItems = 312;
    snapshot.servers[1].freshness.mechanism = Freshness::Mechanism::Names;
    model.setSnapshot(snapshot, {-1, -1});
    QCOMPARE(text(0, ServersModel::NewLocks),
             freshnessText(snapshot.servers[0].freshness, snapshot.takenAt));
    QVERIFY2(text(0, ServersModel::NewLocks).contains(u"by class walk"_s),
             qPrintable(text(0, ServersModel::NewLocks)));
    QVERIFY(text(1, ServersModel::NewLocks).contains(u"names mode"_s));
    QVERIFY(!text(0, ServersModel::NewLocks, Qt::ToolTipRole).isEmpty());
    QCOMPARE(model.headerData(ServersModel::NewLocks, Qt::Horizontal).toString(), u"New locks"_s);
}

void TestDashboardModels::historyRatesFromCounterDeltas()
{
    ServerHistory history;
    using Series = ServerHistory::Series;
    history.add(at(0, {health(0, true, 1000, 5)}));
    QCOMPARE(history.points(0, Series::OperationsPerSecond).size(), 0); // no delta yet
    QCOMPARE(history.lastOperationsPerSecond(0), -1.0);
    history.add(at(2, {health(0, true, 1600, 9)}));
    QCOMPARE(history.points(0, Series::OperationsPerSecond).constLast().y(), 300.0);
    QCOMPARE(history.points(0, Series::FailedSetsPerSecond).constLast().y(), 2.0);
    QCOMPARE(history.points(0, Series::Latency).size(), 2);

    // Down: no points. Back after a restart (counters reset): no rate across it.
    history.add(at(4, {health(0, false)}));
    ServerHealth back = health(0, true, 10, 0);
    back.restarted = true;
    history.add(at(6, {back}));
    QCOMPARE(history.points(0, Series::OperationsPerSecond).size(), 1);
    history.add(at(8, {health(0, true, 50, 0)}));
    QCOMPARE(history.points(0, Series::OperationsPerSecond).size(), 2);
    QCOMPARE(history.lastOperationsPerSecond(0), 20.0);
    const qint64 x = qint64(history.points(0, Series::OperationsPerSecond).constLast().x());
    QCOMPARE(x, (1'800'000'000LL + 8) * 1000);
}

void TestDashboardModels::historyIsBounded()
{
    ServerHistory history(10);
    for (int i = 0; i < 50; ++i)
        history.add(at(i, {health(0, true, i * 10)}));
    QCOMPARE(history.points(0, ServerHistory::Series::Latency).size(), 10);
    QCOMPARE(history.points(0, ServerHistory::Series::OperationsPerSecond).size(), 10);
    QCOMPARE(history.points(0, ServerHistory::Series::Latency).constFirst().x(),
             double((1'800'000'000LL + 40) * 1000));
}

void TestDashboardModels::eventsNewestFirstAndBounded()
{
    EventsModel model(5);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.addEvents({makeEvent(1), makeEvent(2)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, EventsModel::What).data().toString(), u"event 2"_s);
    model.addEvents({makeEvent(3), makeEvent(4), makeEvent(5), makeEvent(6)});
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(0, EventsModel::What).data().toString(), u"event 6"_s);
    QCOMPARE(model.index(4, EventsModel::What).data().toString(), u"event 2"_s);
    model.addEvents({makeEvent(7), makeEvent(8), makeEvent(9), makeEvent(10), makeEvent(11),
                     makeEvent(12), makeEvent(13)});
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(0, EventsModel::What).data().toString(), u"event 13"_s);
    QCOMPARE(model.index(4, EventsModel::What).data().toString(), u"event 9"_s);
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(resets.count(), 0);
}

QTEST_MAIN(TestDashboardModels)
#include "tst_dashboardmodels.moc"
