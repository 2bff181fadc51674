// The rules every front end shows the same way, each defined once in core:
// which lock copies are problems and how their state reads, how long a
// restart stays visible, what identifies a copy, how durations are written,
// and the environment core reads.
#include "core/common/Environment.h"
#include "core/common/Format.h"
#include "core/inspect/Rules.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace lockboard;

namespace {

LockRecord copy(int server, int home, bool split, qint64 ttl)
{
    LockRecord lock;
    lock.name = u"nightly"_s;
    lock.key = ":1:__d_lock_nightly";
    lock.server = server;
    lock.serverName = u"10.0.0.%1:11211"_s.arg(server + 1);
    lock.home = home;
    lock.homeName = u"10.0.0.%1:11211"_s.arg(home + 1);
    lock.misplaced = server != home;
    lock.split = split;
    lock.ttl = ttl;
    return lock;
}

ServerHealth health(bool up, qint64 uptime, bool restarted)
{
    ServerHealth server;
    server.up = up;
    server.uptime = uptime;
    server.restarted = restarted;
    return server;
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void problemsAndState_data();
    void problemsAndState();
    void restartVisibility_data();
    void restartVisibility();
    void copyIdentity();
    void sortedLikeCompareLocks();
    void splitCopiesAndDistinctKeys();
    void durations_data();
    void durations();
    void environment();
};

void TestRules::problemsAndState_data()
{
    QTest::addColumn<LockRecord>("lock");
    QTest::addColumn<bool>("restarted");
    QTest::addColumn<int>("problems");
    QTest::addColumn<QString>("state");
    QTest::newRow("fine") << copy(0, 0, false, 60) << false << 0 << u"ok"_s;
    QTest::newRow("unknown TTL is no problem")
        << copy(0, 0, false, ttl::Unknown) << false << 0 << u"ok"_s;
    QTest::newRow("misplaced") << copy(1, 0, false, 60) << false << int(LockProblem::Misplaced)
                               << u"misplaced (home 10.0.0.1:11211)"_s;
    QTest::newRow("split home copy")
        << copy(0, 0, true, 60) << false << int(LockProblem::Split) << u"split"_s;
    QTest::newRow("everything") << copy(2, 0, true, ttl::Never) << true
                                << int(LockProblem::Misplaced | LockProblem::Split |
                                       LockProblem::NoTtl)
                                << u"misplaced (home 10.0.0.1:11211), split, no TTL, server "
                                   "restarted"_s;
    QTest::newRow("restart alone") << copy(0, 0, false, 60) << true << 0 << u"server restarted"_s;
}

void TestRules::problemsAndState()
{
    QFETCH(LockRecord, lock);
    QFETCH(bool, restarted);
    QFETCH(int, problems);
    QFETCH(QString, state);
    QCOMPARE(int(problemsOf(lock)), problems);
    QCOMPARE(lockStateText(lock, restarted), state);
}

void TestRules::restartVisibility_data()
{
    QTest::addColumn<bool>("seenBefore");
    QTest::addColumn<ServerHealth>("now");
    QTest::addColumn<bool>("recent");
    QTest::newRow("restart seen now") << false << health(true, 3, true) << true;
    QTest::newRow("seen before, young")
        << true << health(true, RecentRestartSeconds - 1, false) << true;
    QTest::newRow("seen before, ten minutes on")
        << true << health(true, RecentRestartSeconds, false) << false;
    QTest::newRow("never restarted") << false << health(true, 5, false) << false;
    QTest::newRow("down again after a restart") << true << health(false, -1, false) << true;
    QTest::newRow("down, no restart seen") << false << health(false, -1, false) << false;
}

void TestRules::restartVisibility()
{
    QFETCH(bool, seenBefore);
    QFETCH(ServerHealth, now);
    QFETCH(bool, recent);
    QCOMPARE(restartStillRecent(seenBefore, now), recent);
}

void TestRules::copyIdentity()
{
    const LockRecord home = copy(0, 0, true, 60);
    LockRecord reread = home;
    reread.cas = 99; // a later read of the same copy
    reread.ttl = 12;
    const LockRecord elsewhere = copy(1, 0, true, 60);
    QCOMPARE(copyIdOf(reread), copyIdOf(home));
    QCOMPARE(qHash(copyIdOf(reread)), qHash(copyIdOf(home)));
    QVERIFY(copyIdOf(elsewhere) != copyIdOf(home));
    const QSet<LockCopyId> ids{copyIdOf(home), copyIdOf(reread), copyIdOf(elsewhere)};
    QCOMPARE(ids.size(), 2);
}

void TestRules::sortedLikeCompareLocks()
{
    // Names that sort differently by bytes, by UTF-16 and by length; the
    // same name on several servers and under several keys (versions).
    const QStringList names{u"job-10"_s,     u"job-9"_s,   u"job-1"_s, u"job"_s,
                            u"Job"_s,        u"café"_s,    u"cafe"_s,  u"caf\uFFFD"_s,
                            u"\U0001F512"_s, u"\uFB01x"_s, QString()};
    QList<LockRecord> locks;
    for (const QString& name : names)
        for (int version : {1, 12, 2})
            for (int server : {2, 0, 1}) {
                LockRecord lock;
                lock.name = name;
                lock.key = ':' + QByteArray::number(version) + ":__d_lock_" + name.toUtf8();
                lock.server = server;
                locks.append(lock);
            }
    // Keys of one name and server that differ only in a byte above 0x7f: bytes
    // compare unsigned ("k\x7f" before "k\x80"), as QByteArray::compare does.
    for (const char* key : {"k\x80", "k\x7f", "k\xff", "k"}) {
        LockRecord lock;
        lock.name = u"bytes"_s;
        lock.key = key;
        lock.server = 0;
        locks.append(lock);
    }
    // The documented order, spelt with Qt's own comparisons (LockOrder, which
    // sortLocks and compareLocks share, compares views of the same data).
    const auto documented = [](const LockRecord& a, const LockRecord& b) {
        if (const int byName = QString::compare(a.name, b.name); byName != 0)
            return byName;
        if (a.server != b.server)
            return a.server < b.server ? -1 : 1;
        return a.key.compare(b.key);
    };
    const auto sign = [](int value) {
        return (value > 0) - (value < 0);
    };
    for (const LockRecord& a : locks)
        for (const LockRecord& b : locks)
            QCOMPARE(sign(compareLocks(a, b)), sign(documented(a, b)));

    QRandomGenerator random(20261201);
    for (int round = 0; round < 20; ++round) {
        std::shuffle(locks.begin(), locks.end(), random);
        QList<LockRecord> ours = locks;
        sortLocks(ours);
        QList<LockRecord> expected = locks;
        std::stable_sort(
            expected.begin(), expected.end(),
            [&](const LockRecord& a, const LockRecord& b) { return documented(a, b) < 0; });
        QCOMPARE(ours.size(), expected.size());
        for (qsizetype i = 0; i < ours.size(); ++i) {
            QCOMPARE(ours[i].name, expected[i].name);
            QCOMPARE(ours[i].server, expected[i].server);
            QCOMPARE(ours[i].key, expected[i].key);
        }
    }
}

void TestRules::splitCopiesAndDistinctKeys()
{
    // "a" under two versions: v1 on servers 0 and 1 (split), v2 on 0 only;
    // "b" once; "c" under one key on three servers.
    const auto lock = [](const char* name, const QByteArray& key, int server) {
        LockRecord record;
        record.name = QString::fromLatin1(name);
        record.key = key;
        record.server = server;
        record.split = true; // a stale mark must be cleared
        return record;
    };
    QList<LockRecord> locks{lock("c", ":1:c", 2), lock("a", ":2:a", 0), lock("b", ":1:b", 1),
                            lock("a", ":1:a", 1), lock("c", ":1:c", 0), lock("a", ":1:a", 0),
                            lock("c", ":1:c", 1)};
    sortLocks(locks);
    const QList<QByteArray> keys = markSplitCopies(locks);
    QCOMPARE(keys, (QList<QByteArray>{":1:a", ":2:a", ":1:b", ":1:c"}));
    QHash<QPair<QByteArray, int>, bool> split;
    for (const LockRecord& record : std::as_const(locks))
        split.insert({record.key, record.server}, record.split);
    QCOMPARE(split.size(), 7);
    QVERIFY(split.value({":1:a", 0}));
    QVERIFY(split.value({":1:a", 1}));
    QVERIFY(!split.value({":2:a", 0}, true));
    QVERIFY(!split.value({":1:b", 1}, true));
    for (int server : {0, 1, 2})
        QVERIFY(split.value({":1:c", server}));
    // Nothing: nothing marked, no keys.
    QList<LockRecord> none;
    QVERIFY(markSplitCopies(none).isEmpty());
}

void TestRules::durations_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("unknown") << qint64(-1) << QString();
    QTest::newRow("zero") << qint64(0) << u"0 s"_s;
    QTest::newRow("under two minutes") << qint64(119) << u"119 s"_s;
    QTest::newRow("two minutes") << qint64(120) << u"2 min"_s;
    QTest::newRow("under two hours") << qint64(7199) << u"119 min"_s;
    QTest::newRow("two hours") << qint64(7200) << u"2 h"_s;
    QTest::newRow("under three days") << qint64(3 * 86400 - 1) << u"71 h"_s;
    QTest::newRow("three days") << qint64(3 * 86400) << u"3 d"_s;
}

void TestRules::durations()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(formatDuration(seconds), text);
}

void TestRules::environment()
{
    qputenv("LOCKBOARD_TST_RULES", "from the process");
    const Environment system = Environment::system();
    QCOMPARE(system.value(u"LOCKBOARD_TST_RULES"_s), u"from the process"_s);
    QCOMPARE(system.value(u"LOCKBOARD_TST_RULES_UNSET"_s, u"fallback"_s), u"fallback"_s);
    Environment overridden = Environment::system();
    overridden.insert(u"LOCKBOARD_TST_RULES"_s, u"given"_s);
    QCOMPARE(overridden.value(u"LOCKBOARD_TST_RULES"_s), u"given"_s);
    // An empty environment has no variables at all, the process's included.
    QCOMPARE(Environment().value(u"LOCKBOARD_TST_RULES"_s, u"none"_s), u"none"_s);
    qunsetenv("LOCKBOARD_TST_RULES");
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
