// eventsBetween: what an operator is told between two refreshes.
#include "core/inspect/ClusterEvent.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lockboard;
using Kind = ClusterEvent::Kind;

namespace {

ServerHealth server(int index, bool up)
{
    ServerHealth health;
    health.index = index;
    health.server = u"127.0.0.1:%1"_s.arg(11211 + index);
    health.up = up;
    health.scanned = up;
    if (!up)
        health.error = Error(ErrorKind::ConnectionRefused, u"connection refused"_s);
    return health;
}

LockRecord lock(const QString& name, int on, int home, qint64 ttl = 60)
{
    LockRecord record;
    record.name = name;
    record.key = ":1:__d_lock_" + name.toUtf8();
    record.server = on;
    record.serverName = u"127.0.0.1:%1"_s.arg(11211 + on);
    record.home = home;
    record.homeName = u"127.0.0.1:%1"_s.arg(11211 + home);
    record.misplaced = on != home;
    record.ttl = ttl;
    return record;
}

ClusterSnapshot snapshot(QList<ServerHealth> servers, QList<LockRecord> locks)
{
    ClusterSnapshot result;
    result.takenAt = QDateTime::currentDateTimeUtc();
    result.servers = std::move(servers);
    // The inspector marks every copy of a key found on two servers as split.
    for (LockRecord& record : locks)
        for (const LockRecord& other : locks)
            if (other.key == record.key && other.server != record.server)
                record.split = true;
    result.locks = std::move(locks);
    return result;
}

QList<Kind> kinds(const QList<ClusterEvent>& events)
{
    QList<Kind> result;
    for (const ClusterEvent& event : events)
        result.append(event.kind);
    return result;
}

} // namespace

class TestClusterEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstRefreshReportsProblemsPresent();
    void onlyChangesAfterwards();
    void serverGoesDownComesBackRestarts();
    void scanFailureReportedOnce();
};

void TestClusterEvents::firstRefreshReportsProblemsPresent()
{
    const ClusterSnapshot first = snapshot({server(0, true), server(1, false)},
                                           {lock(u"a"_s, 0, 0), lock(u"split"_s, 0, 0),
                                            lock(u"split"_s, 1, 0), lock(u"forever"_s, 0, 0, -1)});
    const QList<ClusterEvent> events = eventsBetween(nullptr, first);
    QCOMPARE(kinds(events), (QList<Kind>{Kind::ServerDown, Kind::LockSplit, Kind::LockMisplaced,
                                         Kind::LockNoTtl}));
    QCOMPARE(events[0].server, u"127.0.0.1:11212"_s);
    QVERIFY(events[0].message.contains(u"connection refused"_s));
    QCOMPARE(events[1].lock, u"split"_s);
    QCOMPARE(events[1].severity, ClusterEvent::Severity::Critical);
    QCOMPARE(events[2].server, u"127.0.0.1:11212"_s); // the misplaced copy's server
    QCOMPARE(events[3].lock, u"forever"_s);
}

void TestClusterEvents::onlyChangesAfterwards()
{
    const ClusterSnapshot before = snapshot({server(0, true), server(1, true)},
                                            {lock(u"split"_s, 0, 0), lock(u"split"_s, 1, 0)});
    const ClusterSnapshot same = snapshot({server(0, true), server(1, true)},
                                          {lock(u"split"_s, 0, 0), lock(u"split"_s, 1, 0)});
    QVERIFY(eventsBetween(&before, same).isEmpty());

    // A new misplaced copy appears; the old split is not reported again.
    const ClusterSnapshot after =
        snapshot({server(0, true), server(1, true)},
                 {lock(u"split"_s, 0, 0), lock(u"split"_s, 1, 0), lock(u"moved"_s, 1, 0)});
    QCOMPARE(kinds(eventsBetween(&before, after)), QList<Kind>{Kind::LockMisplaced});
}

void TestClusterEvents::serverGoesDownComesBackRestarts()
{
    const ClusterSnapshot up = snapshot({server(0, true)}, {});
    const ClusterSnapshot down = snapshot({server(0, false)}, {});
    QCOMPARE(kinds(eventsBetween(&up, down)), QList<Kind>{Kind::ServerDown});
    QVERIFY(eventsBetween(&down, down).isEmpty()); // still down: said once
    ClusterSnapshot back = snapshot({server(0, true)}, {});
    back.servers[0].restarted = true;
    back.servers[0].pid = 4242;
    QCOMPARE(kinds(eventsBetween(&down, back)),
             (QList<Kind>{Kind::ServerUp, Kind::ServerRestarted}));
    QVERIFY(eventsBetween(&down, back)[1].message.contains(u"4242"_s));
}

void TestClusterEvents::scanFailureReportedOnce()
{
    const ClusterSnapshot ok = snapshot({server(0, true)}, {});
    ClusterSnapshot busy = snapshot({server(0, true)}, {});
    busy.servers[0].scanned = false;
    busy.servers[0].error = Error(ErrorKind::Busy, u"BUSY currently processing crawler request"_s);
    QCOMPARE(kinds(eventsBetween(&ok, busy)), QList<Kind>{Kind::ScanFailed});

    // A server read by name only says so once, with what cannot be seen there.
    ClusterSnapshot byName = ok;
    byName.servers[0].listing = ServerHealth::Listing::Names;
    byName.servers[0].listingNote = u"names mode: a lock with an unknown name cannot be seen"_s;
    const QList<ClusterEvent> events = eventsBetween(&ok, byName);
    QCOMPARE(kinds(events), QList<Kind>{Kind::NamesMode});
    QCOMPARE(events[0].message, byName.servers[0].listingNote);
    QVERIFY(eventsBetween(&byName, byName).isEmpty());
    QVERIFY(eventsBetween(&busy, busy).isEmpty());
    QVERIFY(eventsBetween(&busy, ok).isEmpty());
}

QTEST_GUILESS_MAIN(TestClusterEvents)
#include "tst_clusterevents.moc"
