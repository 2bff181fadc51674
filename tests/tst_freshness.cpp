// Fresh under load, against real memcached processes: where the store stream
// is off, new locks are found by walking only the slab classes locks live in
// ("lru_crawler metadump <ids>"), whose dump holds only those classes' lines;
// the full-walk schedule is unchanged; a lock in an unexpected class is found
// by the next full walk; each server's Freshness says which mechanism finds
// its new locks; a paused stream switches it within one refresh; a walk that
// meets a busy crawler waits its turn; the slab classes are computed as
// memcached computes them (-n, -f, -C).
#include "core/activity/ActivityMonitor.h"
#include "core/doctor/Checkup.h"
#include "core/inspect/ClusterInspector.h"
#include "core/inspect/SlabClasses.h"
#include "core/protocol/MetadumpParser.h"
#include "core/protocol/StatsReply.h"
#include "tests/support/CtlRun.h"
#include "tests/support/FaultProxy.h"
#include "tests/support/MemcachedServer.h"
#include "tests/support/Snapshots.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace lockboard;
using lockboard::test::FaultProxy;
using lockboard::test::inspect;
using lockboard::test::inspectUntil;
using lockboard::test::MemcachedServer;
using lockboard::test::nextSnapshot;
using lockboard::test::runCtl;

namespace {

// No LRU maintainer: every crawl lru_crawler_starts counts is ours.
const QStringList Quiet{u"-o"_s, u"no_lru_maintainer"_s};

qsizetype countNamed(const ClusterSnapshot& snapshot, const QString& name)
{
    return std::count_if(snapshot.locks.begin(), snapshot.locks.end(),
                         [&](const LockRecord& lock) { return lock.name == name; });
}

QByteArray djangoLockKey(const QString& name)
{
    return ":1:__d_lock_" + name.toUtf8();
}

// The seed's recipe: add the key with the value 1 (python-memcached: flags 2), 120 s.
bool takeDjangoLock(const MemcachedServer& server, const QString& name,
                    const QByteArray& value = "1")
{
    return server.command("add " + djangoLockKey(name) + " 2 120 " +
                          QByteArray::number(value.size()) + "\r\n" + value + "\r\n") ==
           "STORED\r\n";
}

// prefix0, prefix1, ...: keys for cache values. "views.decorators.cache.page."
// keys with 300-byte values fill classes of their own; "c" keys with the
// value "1" are items the size of the seed's locks, in their class.
QList<QByteArray> numberedKeys(const QByteArray& prefix, int count)
{
    QList<QByteArray> keys;
    keys.reserve(count);
    for (int i = 0; i < count; ++i)
        keys.append(prefix + QByteArray::number(i));
    return keys;
}

// "stats items" as class -> items.
QHash<int, qint64> classItems(const MemcachedServer& server)
{
    QHash<int, qint64> items;
    const auto parsed = StatsReply::parse(server.command("stats items\r\n", "END\r\n"));
    if (!parsed)
        return items;
    for (const auto& [name, value] : parsed->values()) {
        const QList<QByteArray> parts = name.split(':');
        if (parts.size() == 3 && parts[2] == "number")
            items.insert(parts[1].toInt(), value.toLongLong());
    }
    return items;
}

Profile profileFor(const QList<const MemcachedServer*>& servers)
{
    Profile p;
    p.name = u"test"_s;
    QStringList specs;
    for (const MemcachedServer* server : servers)
        specs.append(server->spec());
    p.servers = *ServerSpec::parseList(specs.join(u','));
    return p;
}

} // namespace

class TestFreshness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void slabClassesAreMemcachedsOwn_data();
    void slabClassesAreMemcachedsOwn();
    void classWalkFindsANewLockWithoutTheStream();
    void lockInAnUnexpectedClassIsFoundByTheNextFullWalk();
    void unchangedCopiesAreNotReadAgain();
    void crowdedLockClassesAreWalkedLessOften();
    void pausedStreamSwitchesToClassWalksWithinOneRefresh();
    void freshnessByMechanism();
    void restartAndStreamGapStillWalkEverything();
    void busyCrawlerWaitsItsTurn();
    void watchSaysHowLateNewLocksCanBe();
    void doctorFindsNewLocksListedLate();

private:
    [[nodiscard]] QString settings() const { return m_dir.filePath(u"cli.ini"_s); }
    QTemporaryDir m_dir;
};

void TestFreshness::initTestCase()
{
    qRegisterMetaType<ClusterSnapshot>();
    qputenv("LOCKBOARD_AUDIT_LOG", m_dir.filePath(u"audit.jsonl"_s).toUtf8());
}

void TestFreshness::slabClassesAreMemcachedsOwn_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("defaults") << QStringList();
    QTest::newRow("-n 128 -f 1.5") << QStringList{u"-n"_s, u"128"_s, u"-f"_s, u"1.5"_s};
    QTest::newRow("-f 1.07") << QStringList{u"-f"_s, u"1.07"_s};
    QTest::newRow("-C -n 20 -f 2") << QStringList{u"-C"_s, u"-n"_s, u"20"_s, u"-f"_s, u"2"_s};
}

void TestFreshness::slabClassesAreMemcachedsOwn()
{
    QFETCH(QStringList, args);
    MemcachedServer server;
    QVERIFY2(server.start(args), qPrintable(server.errorString()));
    const auto settings = StatsReply::parse(server.command("stats settings\r\n", "END\r\n"));
    QVERIFY(settings);
    const SlabGeometry geometry = SlabGeometry::fromSettings(*settings);
    // Items of many sizes, so that many classes get a page; each one's
    // class (metadump cls=) and size must be what the geometry says.
    QList<std::pair<QByteArray, qint64>> items;
    for (qint64 value = 1; value < 20000; value = value * 5 / 4 + 3)
        items.append({"item-" + QByteArray::number(value), value});
    for (const auto& [key, size] : std::as_const(items))
        QVERIFY(server.storeMany({key}, QByteArray(size, 'v'), 7));
    const QByteArray dump = server.command("lru_crawler metadump hash\r\n", "END\r\n");
    for (const auto& [key, size] : std::as_const(items)) {
        const QRegularExpression line(u"key=%1 .* cls=(\\d+) size=(\\d+)"_s.arg(
            QRegularExpression::escape(QString::fromLatin1(key))));
        const auto match = line.match(QString::fromLatin1(dump));
        QVERIFY2(match.hasMatch(), key.constData());
        const qint64 itemSize = geometry.itemSize(key.size(), 7, size);
        QCOMPARE(itemSize, match.captured(2).toLongLong());
        QCOMPARE(geometry.classOf(itemSize), match.captured(1).toInt());
    }
    // Every class that holds pages has the chunk size computed for it.
    const auto slabs = StatsReply::parse(server.command("stats slabs\r\n", "END\r\n"));
    QVERIFY(slabs);
    const QList<qint64> sizes = geometry.chunkSizes();
    int compared = 0;
    for (const auto& [name, value] : slabs->values()) {
        if (!name.endsWith(":chunk_size"))
            continue;
        const int id = name.left(name.indexOf(':')).toInt();
        QVERIFY(id > 0 && id < sizes.size());
        QCOMPARE(sizes[id], value.toLongLong());
        ++compared;
    }
    QVERIFY2(compared >= 5, qPrintable(QString::number(compared)));
}

void TestFreshness::classWalkFindsANewLockWithoutTheStream()
{
    MemcachedServer server;
    QVERIFY2(server.start(Quiet), qPrintable(server.errorString()));
    QVERIFY(server.storeMany(numberedKeys("views.decorators.cache.page.", 20000),
                             QByteArray(300, 'c')));
    for (int i = 0; i < 30; ++i)
        QVERIFY(takeDjangoLock(server, u"held-%1"_s.arg(i)));
    ClusterInspector inspector(profileFor({&server}), {});
    ClusterSnapshot first = inspect(inspector);
    QVERIFY(first.servers[0].walked);
    QCOMPARE(first.locks.size(), 30);
    const QDateTime lastWalk = first.servers[0].lastWalkAt;
    const QDateTime nextWalk = first.servers[0].nextWalkAt;
    QVERIFY(nextWalk >= lastWalk.addSecs(60)); // the full walks' floor, as before

    // No stream: a lock nobody told us of is found by a class walk.
    QVERIFY(takeDjangoLock(server, u"fresh"_s));
    ClusterSnapshot snapshot;
    const auto until1 = inspectUntil(
        inspector, [](const ClusterSnapshot& s) { return countNamed(s, u"fresh"_s) == 1; });
    QVERIFY(until1);
    snapshot = *until1;
    const ServerHealth& health = snapshot.servers[0];
    QVERIFY(health.classWalked);
    QVERIFY(!health.walked);
    QCOMPARE(health.freshness.mechanism, Freshness::Mechanism::ClassWalks);
    QVERIFY(health.freshness.live());
    // The full-walk schedule is the one set by the first walk.
    QCOMPARE(health.lastWalkAt, lastWalk);
    QCOMPARE(health.nextWalkAt, nextWalk);
    // Only the walked classes were dumped: about as many lines as they hold
    // (a line, at most, for each lock class's END), not the keyspace's 20,031.
    const QHash<int, qint64> items = classItems(server);
    qint64 inWalked = 0;
    for (const int id : health.walkedClasses)
        inWalked += items.value(id);
    QVERIFY2(inWalked >= 31 && health.classWalkLines >= 31 && health.classWalkLines <= inWalked,
             qPrintable(u"%1 lines, %2 items"_s.arg(health.classWalkLines).arg(inWalked)));
    const QList<int> cacheClasses = [&] {
        QList<int> ids;
        const auto settings = StatsReply::parse(server.command("stats settings\r\n", "END\r\n"));
        const SlabGeometry geometry = SlabGeometry::fromSettings(*settings);
        ids.append(geometry.classOf(geometry.itemSize(31, 0, 300)));
        return ids;
    }();
    for (const int id : cacheClasses)
        QVERIFY2(!health.walkedClasses.contains(id), qPrintable(QString::number(id)));
    QCOMPARE(snapshot.locks.size(), 31);
}

void TestFreshness::lockInAnUnexpectedClassIsFoundByTheNextFullWalk()
{
    MemcachedServer server;
    QVERIFY2(server.start(Quiet), qPrintable(server.errorString()));
    QVERIFY(takeDjangoLock(server, u"usual"_s));
    ClusterInspector inspector(profileFor({&server}), {});
    QCOMPARE(inspect(inspector).locks.size(), 1);
    // A lock whose value (a pickled object, say) puts it far above the
    // classes locks usually live in.
    QVERIFY(takeDjangoLock(server, u"big-value"_s, QByteArray(5000, 'p')));
    QVERIFY(takeDjangoLock(server, u"usual-too"_s));
    ClusterSnapshot snapshot;
    const auto until2 = inspectUntil(
        inspector, [](const ClusterSnapshot& s) { return countNamed(s, u"usual-too"_s) == 1; });
    QVERIFY(until2);
    snapshot = *until2;
    QVERIFY(snapshot.servers[0].classWalked);
    QCOMPARE(countNamed(snapshot, u"big-value"_s), 0);
    const QList<int> usualClasses = snapshot.servers[0].walkedClasses;

    // The next full walk (here on demand, F5) finds it, and its class is walked from then on.
    QSignalSpy ready(&inspector, &ClusterInspector::snapshotReady);
    inspector.scanKeyspace();
    snapshot = nextSnapshot(ready);
    QVERIFY(snapshot.servers[0].walked);
    QCOMPARE(countNamed(snapshot, u"big-value"_s), 1);
    const auto until3 =
        inspectUntil(inspector, [](const ClusterSnapshot& s) { return s.servers[0].classWalked; });
    QVERIFY(until3);
    snapshot = *until3;
    QVERIFY2(snapshot.servers[0].walkedClasses.size() > usualClasses.size(),
             qPrintable(QString::number(snapshot.servers[0].walkedClasses.size())));
}

void TestFreshness::unchangedCopiesAreNotReadAgain()
{
    MemcachedServer server;
    QVERIFY2(server.start(Quiet), qPrintable(server.errorString()));
    for (int i = 0; i < 30; ++i)
        QVERIFY(takeDjangoLock(server, u"held-%1"_s.arg(i)));
    ClusterInspector inspector(profileFor({&server}), {});
    // A class walk at every refresh, for the test: no floor, no budget.
    WalkSchedule everyRefresh;
    everyRefresh.durationFactor = 0;
    everyRefresh.classMinSeconds = 0;
    everyRefresh.classBytesPerSecond = 0;
    inspector.setWalkSchedule(everyRefresh);
    QCOMPARE(inspect(inspector).servers[0].locksRead, 30);
    // A class walk lists them all with the CAS they had: none is read again,
    // and each keeps its value, with the TTL and idle time of the dump.
    const qint64 gets = server.stat("cmd_get");
    ClusterSnapshot snapshot = inspect(inspector);
    QVERIFY(snapshot.servers[0].classWalked);
    QCOMPARE(snapshot.locks.size(), 30);
    QCOMPARE(snapshot.servers[0].locksRead, 0);
    QCOMPARE(server.stat("cmd_get"), gets);
    for (const LockRecord& lock : std::as_const(snapshot.locks)) {
        QCOMPARE(lock.value, u"1"_s);
        QVERIFY2(lock.ttl > 60 && lock.ttl <= 120, qPrintable(QString::number(lock.ttl)));
        QVERIFY(lock.idleSeconds >= 0);
    }
    // One taken again (a new CAS, a new value): that one is read, the others are not.
    QCOMPARE(server.command("delete " + djangoLockKey(u"held-7"_s) + "\r\n"),
             QByteArray("DELETED\r\n"));
    QVERIFY(takeDjangoLock(server, u"held-7"_s, "2"));
    snapshot = inspect(inspector);
    QVERIFY(snapshot.servers[0].classWalked);
    QCOMPARE(snapshot.servers[0].locksRead, 1);
    const auto retaken =
        std::find_if(snapshot.locks.begin(), snapshot.locks.end(),
                     [](const LockRecord& lock) { return lock.name == u"held-7"_s; });
    QVERIFY(retaken != snapshot.locks.end());
    QCOMPARE(retaken->value, u"2"_s);
    QCOMPARE(snapshot.locks.size(), 30);
}

void TestFreshness::crowdedLockClassesAreWalkedLessOften()
{
    // The adversarial cache: 60,000 small values in the locks' own classes.
    MemcachedServer server;
    QVERIFY2(server.start(Quiet), qPrintable(server.errorString()));
    QVERIFY(server.storeMany(numberedKeys("c", 60000), "1"));
    QVERIFY(takeDjangoLock(server, u"crowded"_s));
    ClusterInspector inspector(profileFor({&server}), {});
    ClusterSnapshot snapshot = inspect(inspector);
    QCOMPARE(countNamed(snapshot, u"crowded"_s), 1);
    // The budget spaces the crowded class's walks: not live, and said so.
    const Freshness& fresh = snapshot.servers[0].freshness;
    QCOMPARE(fresh.mechanism, Freshness::Mechanism::ClassWalks);
    QVERIFY2(!fresh.live(), qPrintable(freshnessText(fresh, snapshot.takenAt)));
    QVERIFY(fresh.slowHoldLocks || fresh.withinSeconds > Freshness::LiveSeconds);
    QVERIFY2(freshnessText(fresh, snapshot.takenAt).contains(u"60,001 items"_s),
             qPrintable(freshnessText(fresh, snapshot.takenAt)));
    // And the crawler stays within budget: a few refreshes make no class walk.
    const qint64 starts = server.stat("lru_crawler_starts");
    for (int i = 0; i < 3; ++i)
        QVERIFY(!inspect(inspector).servers[0].classWalked);
    QCOMPARE(server.stat("lru_crawler_starts"), starts);

    // The schedule's water-filling: a class of a few locks at the floor, a
    // crowded one sharing what is left, the whole within the budget.
    const WalkSchedule schedule;
    const QHash<int, double> intervals =
        schedule.classIntervals({{1, 300}, {2, 0}, {3, 1'000'000}}, 1e-6, 100);
    QCOMPARE(intervals.value(1), schedule.classMinSeconds);
    QCOMPARE(intervals.value(2), schedule.classMinSeconds);
    QVERIFY(intervals.value(3) > 1000);
    const double bytesPerSecond =
        300 * 100 / intervals.value(1) + 100 / intervals.value(2) + 1e8 / intervals.value(3);
    const double dutyPerSecond =
        300e-6 / intervals.value(1) + 1e-6 / intervals.value(2) + 1.0 / intervals.value(3);
    QVERIFY2(dutyPerSecond <= 1 / schedule.durationFactor * 1.0001,
             qPrintable(QString::number(dutyPerSecond)));
    QVERIFY2(bytesPerSecond <= schedule.classBytesPerSecond * 1.0001,
             qPrintable(QString::number(bytesPerSecond)));
}

void TestFreshness::pausedStreamSwitchesToClassWalksWithinOneRefresh()
{
    MemcachedServer server;
    QVERIFY2(server.start(Quiet), qPrintable(server.errorString()));
    const Profile profile = profileFor({&server});
    ClusterInspector inspector(profile, {});
    ActivityMonitor stream(profile, {});
    stream.setStreamLimit(4 * 1024);
    connect(&stream, &ActivityMonitor::lockKeyStored, &inspector, &ClusterInspector::noteLockKey);
    connect(&stream, &ActivityMonitor::streamingChanged, &inspector,
            &ClusterInspector::noteStreamState);
    stream.start();
    QTRY_VERIFY_WITH_TIMEOUT(stream.allStreaming(), 10000);
    QCOMPARE(inspect(inspector).servers[0].freshness.mechanism, Freshness::Mechanism::Stream);

    std::atomic<bool> busy{true};
    std::thread writer([&] {
        const QList<QByteArray> keys = numberedKeys("views.decorators.cache.page.", 100);
        while (busy)
            (void)server.storeMany(keys, "cached");
    });
    QSignalSpy paused(&stream, &ActivityMonitor::streamingChanged);
    QVERIFY(paused.wait(20000));
    busy = false;
    writer.join();
    QCOMPARE(paused.takeFirst().at(1).toBool(), false);
    const ActivityMonitor::ServerState state = stream.servers()[0];
    QVERIFY(state.overLimit);
    QVERIFY2(state.note.contains(u"paused"_s) && state.note.contains(u"limit of 4 KB/s"_s),
             qPrintable(state.note));
    // The very next refresh says class walks, and a lock taken now is found by one.
    const ClusterSnapshot after = inspect(inspector);
    QCOMPARE(after.servers[0].freshness.mechanism, Freshness::Mechanism::ClassWalks);
    QVERIFY(takeDjangoLock(server, u"while-paused"_s));
    QVERIFY(inspectUntil(
        inspector, [](const ClusterSnapshot& s) { return countNamed(s, u"while-paused"_s) == 1; }));

    // The writer is gone: once the store rate (cmd_set, read every 5 s) says
    // the stream would cost under half the limit, it resumes (here after a
    // pause of 1 s at least; 30 s by default), and new locks come from it again.
    stream.setMinPause(1);
    QSignalSpy resumed(&stream, &ActivityMonitor::streamingChanged);
    QVERIFY(resumed.wait(20000));
    QCOMPARE(resumed.takeFirst().at(1).toBool(), true);
    QVERIFY(!stream.servers()[0].overLimit);
    QCOMPARE(inspect(inspector).servers[0].freshness.mechanism, Freshness::Mechanism::Stream);
}

void TestFreshness::freshnessByMechanism()
{
    MemcachedServer plain;
    MemcachedServer names;
    QVERIFY2(plain.start(Quiet), qPrintable(plain.errorString()));
    QVERIFY2(names.start({u"-X"_s}), qPrintable(names.errorString()));
    ClusterInspector inspector(profileFor({&plain, &names}), {});
    inspector.noteStreamState(0, true);
    ClusterSnapshot snapshot = inspect(inspector);
    QCOMPARE(snapshot.servers[0].freshness.mechanism, Freshness::Mechanism::Stream);
    QCOMPARE(snapshot.servers[1].freshness.mechanism, Freshness::Mechanism::Names);
    QVERIFY(snapshot.servers[0].freshness.live());
    QVERIFY(!snapshot.servers[1].freshness.live());
    QVERIFY2(freshnessText(snapshot.servers[0].freshness, snapshot.takenAt).contains(u"stream"_s),
             qPrintable(freshnessText(snapshot.servers[0].freshness, snapshot.takenAt)));
    QVERIFY(
        freshnessText(snapshot.servers[1].freshness, snapshot.takenAt).contains(u"names mode"_s));
    // The stream goes: class walks from the next refresh on, and the text says how many.
    inspector.noteStreamState(0, false);
    snapshot = inspect(inspector);
    QCOMPARE(snapshot.servers[0].freshness.mechanism, Freshness::Mechanism::ClassWalks);
    const auto until4 =
        inspectUntil(inspector, [](const ClusterSnapshot& s) { return s.servers[0].classWalked; });
    QVERIFY(until4);
    snapshot = *until4;
    const QString text = freshnessText(snapshot.servers[0].freshness, snapshot.takenAt);
    QVERIFY2(text.contains(u"by class walk (%1 "_s.arg(snapshot.servers[0].freshness.classes)),
             qPrintable(text));
    // Full walks only (no lock classes known: the server's settings could
    // not be read): said with the time to the next one, and not live.
    Freshness none;
    none.mechanism = Freshness::Mechanism::FullWalks;
    none.nextFullWalk = snapshot.takenAt.addSecs(2 * 3600 + 35 * 60);
    QCOMPARE(freshnessText(none, snapshot.takenAt), u"only at full walks (next in 2 h)"_s);
    QVERIFY(!none.live());
}

void TestFreshness::restartAndStreamGapStillWalkEverything()
{
    MemcachedServer server;
    QVERIFY2(server.start(Quiet), qPrintable(server.errorString()));
    ClusterInspector inspector(profileFor({&server}), {});
    QVERIFY(inspect(inspector).servers[0].walked);
    QVERIFY(
        inspectUntil(inspector, [](const ClusterSnapshot& s) { return s.servers[0].classWalked; }));
    QVERIFY(server.restart());
    ClusterSnapshot snapshot = inspect(inspector);
    QVERIFY(snapshot.servers[0].restarted);
    QVERIFY(snapshot.servers[0].walked);

    ClusterInspector eager(profileFor({&server}), {});
    eager.setWalkSchedule({0, 0, 1}); // the bytes rule alone: far away; a gap brings it near
    QVERIFY(inspect(eager).servers[0].walked);
    QVERIFY(!inspect(eager).servers[0].walked);
    eager.noteStreamGap(0);
    QVERIFY(inspect(eager).servers[0].walked);
}

void TestFreshness::busyCrawlerWaitsItsTurn()
{
    MemcachedServer server;
    QVERIFY2(server.start(Quiet), qPrintable(server.errorString()));
    QVERIFY(takeDjangoLock(server, u"kept"_s));
    FaultProxy proxy(server.port());
    Profile profile = profileFor({&server});
    profile.servers[0] = *ServerSpec::parse(proxy.spec());
    ClusterInspector inspector(profile, {});
    QCOMPARE(countNamed(inspect(inspector), u"kept"_s), 1);
    // Another observer's walk holds the crawler: our class walk waits for the
    // next refresh, and that is no failure; the locks known are still read.
    proxy.setMode(FaultProxy::Mode::BusyDump);
    ClusterSnapshot snapshot;
    const auto until5 =
        inspectUntil(inspector, [](const ClusterSnapshot& s) { return s.servers[0].walkDeferred; });
    QVERIFY(until5);
    snapshot = *until5;
    QVERIFY2(!snapshot.servers[0].error, qPrintable(snapshot.servers[0].errorText()));
    QVERIFY(snapshot.servers[0].scanned);
    QCOMPARE(countNamed(snapshot, u"kept"_s), 1);
    // A wanted walk (on demand) is tried again for a while; a crawler that
    // stays busy is then said, since the list is incomplete without it.
    QSignalSpy ready(&inspector, &ClusterInspector::snapshotReady);
    inspector.scanKeyspace();
    snapshot = nextSnapshot(ready);
    QVERIFY2(snapshot.servers[0].error && snapshot.servers[0].error->kind == ErrorKind::Busy,
             qPrintable(snapshot.servers[0].errorText()));
    // The crawler free again: the wanted walk is made.
    proxy.setMode(FaultProxy::Mode::Pass);
    snapshot = inspect(inspector);
    QVERIFY(snapshot.servers[0].walked);
    QVERIFY(!snapshot.servers[0].error);
}

void TestFreshness::watchSaysHowLateNewLocksCanBe()
{
    MemcachedServer quiet;
    MemcachedServer names;
    QVERIFY2(quiet.start(Quiet), qPrintable(quiet.errorString()));
    QVERIFY2(names.start({u"-X"_s, u"-W"_s}), qPrintable(names.errorString()));
    const QString servers = quiet.spec() + u',' + names.spec();
    const auto run = runCtl({u"watch"_s, u"--servers"_s, servers, u"--interval"_s, u"0.5"_s,
                             u"--count"_s, u"4"_s, u"--json"_s},
                            settings());
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    QJsonObject last;
    for (const QByteArray& line : lines) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
        last = document.object();
    }
    const QJsonArray states = last.value(u"servers"_s).toArray();
    const QJsonObject first = states.at(0).toObject().value(u"new_locks"_s).toObject();
    const QJsonObject second = states.at(1).toObject().value(u"new_locks"_s).toObject();
    // The quiet server streams (or, in the moment before it does, walks its classes).
    QVERIFY2(first.value(u"mechanism"_s) == u"stream"_s ||
                 first.value(u"mechanism"_s) == u"class walks"_s,
             qPrintable(first.value(u"text"_s).toString()));
    QCOMPARE(second.value(u"mechanism"_s).toString(), u"names"_s);
    QVERIFY(last.value(u"locks"_s).isArray());

    const auto text = runCtl(
        {u"watch"_s, u"--servers"_s, servers, u"--interval"_s, u"0.5"_s, u"--count"_s, u"1"_s},
        settings());
    QVERIFY2(text.text().contains(u"new locks can be listed late on 1 server"_s),
             qPrintable(text.text()));
    QVERIFY2(text.text().contains(names.spec() + u": new locks only those whose names are known"_s),
             qPrintable(text.text()));
}

void TestFreshness::doctorFindsNewLocksListedLate()
{
    // Watching refused, and the lock classes crowded: new locks only late.
    MemcachedServer server;
    QVERIFY2(server.start({u"-W"_s, u"-o"_s, u"no_lru_maintainer"_s}),
             qPrintable(server.errorString()));
    QVERIFY(server.storeMany(numberedKeys("c", 60000), "1"));
    QVERIFY(takeDjangoLock(server, u"late"_s));
    const auto run = runCtl({u"doctor"_s, u"--servers"_s, server.spec(), u"--json"_s}, settings());
    QVERIFY2(run.out.contains("\"new-locks-late\""), qPrintable(run.text() + run.err));

    // A server like it with only locks in their classes: no such finding.
    MemcachedServer locksOnly;
    QVERIFY2(locksOnly.start({u"-W"_s, u"-o"_s, u"no_lru_maintainer"_s}),
             qPrintable(locksOnly.errorString()));
    QVERIFY(takeDjangoLock(locksOnly, u"alone"_s));
    const auto clean =
        runCtl({u"doctor"_s, u"--servers"_s, locksOnly.spec(), u"--json"_s}, settings());
    QVERIFY2(!clean.out.contains("\"new-locks-late\""), qPrintable(clean.text()));
    QVERIFY2(clean.out.contains("\"watch-refused\""), qPrintable(clean.text()));
}

QTEST_GUILESS_MAIN(TestFreshness)
#include "tst_freshness.moc"
