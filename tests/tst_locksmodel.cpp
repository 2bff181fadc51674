// LocksModel: contents, incremental updates (no reset per refresh), the TTL
// countdown, and filtering and sorting through a proxy.
#include "ui/models/LocksModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lockboard;

namespace {

LockRecord lock(const QString& name, int server, qint64 ttl, quint64 cas)
{
    LockRecord record;
    record.name = name;
    record.key = ":1:__d_lock_" + name.toUtf8();
    record.server = server;
    record.serverName = u"10.0.0.%1:11211"_s.arg(server + 1);
    record.home = server;
    record.homeName = record.serverName;
    record.ttl = ttl;
    record.cas = cas;
    record.value = u"1"_s;
    record.rawValue = "1";
    return record;
}

ClusterSnapshot snapshot(const QList<LockRecord>& locks)
{
    ClusterSnapshot taken;
    taken.takenAt = QDateTime::currentDateTimeUtc();
    taken.locks = locks;
    std::sort(taken.locks.begin(), taken.locks.end(), lockBefore); // as the inspector sends them
    return taken;
}

} // namespace

class TestLocksModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contents();
    void refreshIsIncremental();
    void problemsAreSaidInWords();
    void filterAndSort();
    void manyScatteredChangesAtOnce();
};

void TestLocksModel::contents()
{
    LocksModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    LockRecord laravel = lock(u"deploy"_s, 1, -1, 9);
    laravel.recipe = u"laravel"_s;
    model.setSnapshot(snapshot({lock(u"nightly"_s, 0, 120, 7), laravel}));
    QCOMPARE(model.rowCount(), 2);
    // The recipe that names each lock has its own column.
    QCOMPARE(model.headerData(LocksModel::Recipe, Qt::Horizontal).toString(), u"Recipe"_s);
    QCOMPARE(model.index(0, LocksModel::Recipe).data().toString(), u"laravel"_s);
    QVERIFY(model.lessThan(1, 0, LocksModel::Recipe) ==
            (model.lockAt(1).recipe < model.lockAt(0).recipe));
    QCOMPARE(model.columnCount(), int(LocksModel::ColumnCount));
    // Rows in name order, whatever order the snapshot had.
    QCOMPARE(model.index(1, LocksModel::Name).data().toString(), u"nightly"_s);
    QCOMPARE(model.index(1, LocksModel::Server).data().toString(), u"10.0.0.1:11211"_s);
    QCOMPARE(model.index(1, LocksModel::Cas).data().toString(), u"7"_s);
    QCOMPARE(model.index(0, LocksModel::Ttl).data().toString(), u"never"_s);
    QCOMPARE(model.headerData(LocksModel::Fence, Qt::Horizontal).toString(), u"Fencing token"_s);
}

void TestLocksModel::refreshIsIncremental()
{
    LocksModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(
        snapshot({lock(u"a"_s, 0, 60, 1), lock(u"b"_s, 0, 60, 2), lock(u"c"_s, 1, 60, 3)}));
    const QPersistentModelIndex kept = model.index(2, LocksModel::Name); // "c"
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // "a" released, "c" refreshed by its holder (new CAS), "d" taken, "b" untouched.
    model.setSnapshot(
        snapshot({lock(u"b"_s, 0, 60, 2), lock(u"c"_s, 1, 90, 30), lock(u"d"_s, 2, 60, 4)}));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 1); // only "c"
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data().toString(), u"c"_s); // the selection would still be on "c"
    QCOMPARE(model.index(kept.row(), LocksModel::Cas).data().toString(), u"30"_s);

    // The same snapshot again: nothing at all.
    changed.clear();
    model.setSnapshot(
        snapshot({lock(u"b"_s, 0, 60, 2), lock(u"c"_s, 1, 90, 30), lock(u"d"_s, 2, 60, 4)}));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(reset.count(), 0);

    // The same key on two servers is two rows.
    model.setSnapshot(snapshot({lock(u"b"_s, 0, 60, 2), lock(u"b"_s, 1, 60, 5)}));
    QCOMPARE(model.rowCount(), 2);

    // TTLs count down between refreshes with no model signal (a signal per
    // second over every row would cost a sorting proxy a pass over them all;
    // TTLs all count down alike, so their order never changes).
    changed.clear();
    const QModelIndex ttl = model.index(0, LocksModel::Ttl);
    const QString shown = model.data(ttl).toString();
    QTRY_VERIFY_WITH_TIMEOUT(model.data(ttl).toString() != shown, 5000);
    QVERIFY(model.ttlAt(0) < 60);
    QCOMPARE(changed.count(), 0);
}

void TestLocksModel::problemsAreSaidInWords()
{
    LockRecord misplaced = lock(u"batch"_s, 0, 60, 1);
    misplaced.home = 1;
    misplaced.homeName = u"10.0.0.2:11211"_s;
    misplaced.misplaced = true;
    misplaced.split = true;
    LocksModel model;
    model.setSnapshot(snapshot({misplaced, lock(u"fine"_s, 1, 60, 2)}));
    QCOMPARE(model.index(0, LocksModel::State).data().toString(),
             u"misplaced (home 10.0.0.2:11211), split"_s);
    QVERIFY(model.index(0, 0).data(LocksModel::ProblemRole).toBool());
    QVERIFY(model.index(0, LocksModel::State).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.index(1, LocksModel::State).data().toString(), u"ok"_s);
    QVERIFY(!model.index(1, LocksModel::State).data(Qt::ForegroundRole).isValid());
}

void TestLocksModel::filterAndSort()
{
    LocksModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(LocksModel::SortRole);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(snapshot({lock(u"nightly"_s, 0, 30, 7), lock(u"deploy"_s, 1, 200, 9),
                                lock(u"invoice"_s, 2, 5, 11)}));

    proxy.sort(LocksModel::Ttl, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, LocksModel::Name).data().toString(),
             u"invoice"_s); // 5 s sorts before 30 s and 200 s
    QCOMPARE(proxy.index(2, LocksModel::Name).data().toString(), u"deploy"_s);

    proxy.setFilterFixedString(u"DEPLOY"_s);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterFixedString(u"10.0.0.3"_s); // any column: the server
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, LocksModel::Name).data().toString(), u"invoice"_s);
}

void TestLocksModel::manyScatteredChangesAtOnce()
{
    // Every other one of 200 locks goes and 100 new ones arrive between the
    // rest: more runs than per-run signals are worth, so one layout change
    // each; a persistent index (a selection) follows its lock.
    LocksModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<LockRecord> locks;
    for (int i = 0; i < 200; ++i)
        locks.append(lock(u"lock-%1"_s.arg(i, 3, 10, QLatin1Char('0')), 0, 60, quint64(i + 1)));
    model.setSnapshot(snapshot(locks));
    QCOMPARE(model.rowCount(), 200);
    const QPersistentModelIndex kept = model.index(101, LocksModel::Name);
    const QPersistentModelIndex dropped = model.index(100, LocksModel::Name);
    QCOMPARE(kept.data().toString(), u"lock-101"_s);

    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QList<LockRecord> next;
    for (int i = 1; i < 200; i += 2)
        next.append(locks[i]);
    for (int i = 0; i < 200; i += 2) // between the others: "lock-000a" after "lock-000"
        next.append(lock(u"lock-%1a"_s.arg(i, 3, 10, QLatin1Char('0')), 1, 60, quint64(1000 + i)));
    model.setSnapshot(snapshot(next));
    QCOMPARE(removed.count(), 0);
    QCOMPARE(layout.count(), 2); // the removals, then the insertions
    QCOMPARE(model.rowCount(), 200);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data().toString(), u"lock-101"_s);
    QVERIFY(!dropped.isValid());
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.lessThan(row - 1, row, LocksModel::Name));
    QCOMPARE(model.lockAt(0).name, u"lock-000a"_s);
    QCOMPARE(model.lockAt(1).name, u"lock-001"_s);
}

QTEST_MAIN(TestLocksModel)
#include "tst_locksmodel.moc"
