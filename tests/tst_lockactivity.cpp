// LockActivity on hand-made event streams: counts, rates, hold times,
// expiries, holders, hints, and the stream arriving out of step with checks.
// (tst_activity drives real servers.)
#include "core/activity/LockActivity.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lockboard;

namespace {

constexpr double T0 = 1'800'000'000.0;

WatchEvent store(double at, const QByteArray& key, const QByteArray& command, bool stored,
                 qint64 ttl, int fd = 7)
{
    WatchEvent event;
    event.type = WatchEvent::Type::ItemStore;
    event.ts = T0 + at;
    event.key = key;
    event.command = command;
    event.status = stored ? "stored" : "not_stored";
    event.ttl = ttl;
    event.clientFd = fd;
    return event;
}

const QByteArray Report = ":1:__d_lock_report";

} // namespace

class TestLockActivity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTheServersLines();
    void refusedAndMalformedStreams();
    void acquisitionsContentionReleases();
    void expiryIsNotARelease();
    void refreshExtendsTheExpiry();
    void lateStreamEventsDoNotInventHolds();
    void earlyAbsenceDoesNotEndANewerHold();
    void hints();
    void checksBoundALateStampedAcquisition();
    void contendedAttemptBeforeItsAcquisition();
    void ignoresOtherKeys();
    void keyFilterDropsOtherStoresUndecoded();
    void idleLocksAreForgotten();
    void connectionListArrivingLateKeepsNewerConnections();
};

void TestLockActivity::parsesTheServersLines()
{
    // Lines as memcached 1.6.18 writes them (captured from a real server).
    WatchParser parser;
    const QList<WatchEvent> events = parser.feed(
        "OK\r\n"
        "ts=1795489488.173013 gid=2 type=conn_new rip=127.0.0.1 rport=54402 transport=tcp cfd=25\n"
        "ts=1795489488.214329 gid=3 type=item_store key=%3A1%3A__d_lock_x status=stored cmd=add "
        "ttl=60 clsid=1 cfd=25 size=1\n"
        "ts=1795489488.229915 gid=4 type=item_store key=%3A1%3A__d_lock_x status=not_stored "
        "cmd=add ttl=60 clsid=1 cfd=25 size=1\n"
        "ts=1795489488.688281 gid=8 type=conn_close rip=127.0.0.1 rport=54402 transport=tcp "
        "reason=normal cfd=25\n"
        "ts=1795489489.000000 gid=9 type=item_st");
    QCOMPARE(parser.state(), WatchParser::State::Streaming);
    QCOMPARE(events.size(), 4);
    QCOMPARE(events[0].type, WatchEvent::Type::ConnNew);
    QCOMPARE(events[0].address, QByteArray("127.0.0.1:54402"));
    QCOMPARE(events[0].clientFd, 25);
    QCOMPARE(events[1].type, WatchEvent::Type::ItemStore);
    QCOMPARE(events[1].key, QByteArray(":1:__d_lock_x"));
    QCOMPARE(events[1].status, QByteArray("stored"));
    QCOMPARE(events[1].command, QByteArray("add"));
    QCOMPARE(events[1].ttl, qint64(60));
    QCOMPARE(events[1].ts, 1795489488.214329);
    QCOMPARE(events[2].status, QByteArray("not_stored"));
    QCOMPARE(events[3].type, WatchEvent::Type::ConnClose);
    // The cut line completes with the next bytes.
    const QList<WatchEvent> rest = parser.feed("ore key=k status=stored cmd=set ttl=0 cfd=3\n");
    QCOMPARE(rest.size(), 1);
    QCOMPARE(rest[0].key, QByteArray("k"));
    QCOMPARE(rest[0].ttl, ttl::Never); // the stream's ttl=0: converted at the edge
}

void TestLockActivity::refusedAndMalformedStreams()
{
    WatchParser refused;
    QVERIFY(refused.feed("ERROR\r\n").isEmpty());
    QCOMPARE(refused.state(), WatchParser::State::Refused);
    QCOMPARE(refused.problem(), QByteArray("ERROR"));

    WatchParser garbage;
    (void)garbage.feed("OK\r\n");
    QVERIFY(garbage.feed("\x01\x02 not key value\n").isEmpty());
    QCOMPARE(garbage.state(), WatchParser::State::Malformed);

    WatchParser endless;
    (void)endless.feed("OK\r\n");
    (void)endless.feed(QByteArray(WatchParser::MaxLineLength + 10, 'a'));
    QCOMPARE(endless.state(), WatchParser::State::Malformed);
}

void TestLockActivity::acquisitionsContentionReleases()
{
    LockActivity activity;
    activity.started(0, T0);
    WatchEvent hello;
    hello.type = WatchEvent::Type::ConnNew;
    hello.clientFd = 7;
    hello.address = "10.0.0.5:40000";
    activity.event(0, hello);
    // Three holds of 1, 2 and 3 s, each with two contended attempts; checks
    // every 0.1 s see the key gone 0.05 s after its delete.
    double t = 0;
    for (int hold = 1; hold <= 3; ++hold) {
        activity.event(0, store(t, Report, "add", true, 60));
        QVERIFY(activity.statsFor(0, Report, T0)->held);
        activity.event(0, store(t + 0.2, Report, "add", false, 60, 9));
        activity.event(0, store(t + 0.4, Report, "add", false, 60, 9));
        activity.presence(0, Report, true, T0 + t + hold - 0.05, T0 + t + hold - 0.049);
        activity.presence(0, Report, false, T0 + t + hold + 0.05, T0 + t + hold + 0.05);
        QVERIFY(!activity.statsFor(0, Report, T0)->held);
        t += 10;
    }
    const auto stats = activity.statsFor(0, Report, T0 + 60);
    QVERIFY(stats);
    QCOMPARE(stats->name, u"report"_s);
    QCOMPARE(stats->acquisitions, 3);
    QCOMPARE(stats->contended, 6);
    QCOMPARE(stats->released, 3);
    QCOMPARE(stats->expired, 0);
    QCOMPARE(stats->holdSamples, 3);
    QCOMPARE(qRound(stats->holdP50 * 1000), 2000); // (t+hold-0.05 + t+hold+0.05)/2 - t
    QCOMPARE(qRound(stats->holdP99 * 1000), 3000);
    QCOMPARE(stats->contentionRatio, 6.0 / 9.0);
    QCOMPARE(stats->acquisitionsPerMinute, 3.0); // 3 in the minute since watching started
    QCOMPARE(stats->contendedPerMinute, 6.0);
    QVERIFY(!stats->held);

    // Held now: the holder's address and for how long, also when the
    // connection's conn_new reaches us after the store (another thread's batch).
    activity.event(0, store(50, Report, "add", true, 60, 11));
    WatchEvent late;
    late.type = WatchEvent::Type::ConnNew;
    late.clientFd = 11;
    late.address = "10.0.0.5:40000";
    activity.event(0, late);
    const auto holding = activity.statsFor(0, Report, T0 + 55);
    QVERIFY(holding->held);
    QCOMPARE(holding->heldFor, 5.0);
    QCOMPARE(holding->holderAddress, QByteArray("10.0.0.5:40000"));
}

void TestLockActivity::expiryIsNotARelease()
{
    LockActivity activity;
    activity.started(0, T0);
    activity.event(0, store(0, Report, "add", true, 2));
    activity.presence(0, Report, true, T0 + 1.5, T0 + 1.501);
    // Gone 1.2 s after the last sighting, past its expiry at 2 s: expired.
    activity.presence(0, Report, false, T0 + 2.7, T0 + 2.701);
    auto stats = activity.statsFor(0, Report, T0 + 3);
    QCOMPARE(stats->expired, 1);
    QCOMPARE(stats->released, 0);
    QCOMPARE(stats->holdSamples, 0);

    // memcached's clock ticks in whole seconds: gone at 1.2 s of a 2 s TTL is
    // within the early second, so still an expiry...
    activity.event(0, store(10, Report, "add", true, 2));
    activity.presence(0, Report, false, T0 + 11.1, T0 + 11.2);
    stats = activity.statsFor(0, Report, T0 + 12);
    QCOMPARE(stats->expired, 2);
    // ...and gone at 0.5 s is a release.
    activity.event(0, store(20, Report, "add", true, 2));
    activity.presence(0, Report, false, T0 + 20.5, T0 + 20.5);
    stats = activity.statsFor(0, Report, T0 + 21);
    QCOMPARE(stats->released, 1);
}

void TestLockActivity::refreshExtendsTheExpiry()
{
    LockActivity activity;
    activity.started(0, T0);
    activity.event(0, store(0, Report, "add", true, 3));
    activity.event(0, store(1, Report, "cas", true, 3)); // Lockboard's refresh
    activity.event(0, store(2, Report, "cas", true, 3));
    // Gone at 3 s: well before the refreshed expiry (5 s), so released.
    activity.presence(0, Report, false, T0 + 3.0, T0 + 3.0);
    const auto stats = activity.statsFor(0, Report, T0 + 4);
    QCOMPARE(stats->acquisitions, 1);
    QCOMPARE(stats->released, 1);
    QCOMPARE(stats->expired, 0);
}

void TestLockActivity::lateStreamEventsDoNotInventHolds()
{
    LockActivity activity;
    activity.started(0, T0);
    activity.event(0, store(0, Report, "add", true, 60));
    activity.presence(0, Report, false, T0 + 1.0, T0 + 1.01); // released
    // A contended attempt from before the release arrives after the check.
    activity.event(0, store(0.5, Report, "add", false, 60));
    QVERIFY(!activity.statsFor(0, Report, T0)->held);
    const auto stats = activity.statsFor(0, Report, T0 + 2);
    QCOMPARE(stats->contended, 1);
    QCOMPARE(stats->released, 1);
    // A contended attempt before any acquisition was seen: someone has held
    // it since before we watched.
    const QByteArray other = ":1:__d_lock_other";
    activity.event(0, store(5, other, "add", false, 60));
    QVERIFY(activity.statsFor(0, other, T0)->held);
    activity.presence(0, other, false, T0 + 6, T0 + 6);
    QCOMPARE(activity.statsFor(0, other, T0 + 7)->released, 1);
    QCOMPARE(activity.statsFor(0, other, T0 + 7)->holdSamples, 0); // its start is unknown
}

void TestLockActivity::earlyAbsenceDoesNotEndANewerHold()
{
    LockActivity activity;
    activity.started(0, T0);
    // Asked at 0.9, before the acquisition at 1.0; the answer comes at 1.1.
    activity.event(0, store(1.0, Report, "add", true, 60));
    activity.presence(0, Report, false, T0 + 0.9, T0 + 1.1);
    QVERIFY(activity.statsFor(0, Report, T0)->held);
    QCOMPARE(activity.statsFor(0, Report, T0 + 2)->released, 0);
}

void TestLockActivity::hints()
{
    LockActivity activity;
    activity.started(0, T0);
    for (int i = 0; i < 5; ++i) {
        activity.event(0, store(i * 10, Report, "add", true, 600));
        activity.presence(0, Report, false, T0 + i * 10 + 1, T0 + i * 10 + 1); // 1 s holds
    }
    auto stats = activity.statsFor(0, Report, T0 + 60);
    QCOMPARE(stats->hints, QList<ActivityHint>{ActivityHint::TtlFarAboveHolds});
    activity.event(0, store(60, Report, "add", true, 600));
    stats = activity.statsFor(0, Report, T0 + 65); // held 5 s, its p99 is 1 s
    QCOMPARE(stats->hints,
             (QList<ActivityHint>{ActivityHint::HeldTooLong, ActivityHint::TtlFarAboveHolds}));

    const QByteArray forever = ":1:__d_lock_forever";
    activity.event(0, store(0, forever, "add", true, ttl::Never));
    QCOMPARE(activity.statsFor(0, forever, T0 + 1)->hints,
             QList<ActivityHint>{ActivityHint::NoTtl});
    QVERIFY(!activityHintText(ActivityHint::NoTtl).isEmpty());
}

void TestLockActivity::checksBoundALateStampedAcquisition()
{
    LockActivity activity;
    activity.started(0, T0);
    // Checked every 0.1 s: absent at 10.0, present at 10.1 (answered 10.1);
    // the stream stamps the add at 10.6 (its logger was late).
    activity.presence(0, Report, false, T0 + 10.0, T0 + 10.0);
    activity.presence(0, Report, true, T0 + 10.1, T0 + 10.1);
    WatchEvent late = store(10.6, Report, "add", true, 60);
    late.receivedAt = T0 + 10.7;
    activity.event(0, late);
    activity.presence(0, Report, true, T0 + 11.0, T0 + 11.0);
    activity.presence(0, Report, false, T0 + 11.1, T0 + 11.1);
    const auto stats = activity.statsFor(0, Report, T0 + 12);
    QCOMPARE(stats->released, 1);
    QCOMPARE(qRound(stats->holdP50 * 1000), 1000); // 10.05 to 11.05, not 10.6 to 11.05
}

void TestLockActivity::contendedAttemptBeforeItsAcquisition()
{
    // The rival's not_stored reaches us before the holder's add (two
    // connections, two worker threads' batches): one acquisition, no release.
    LockActivity activity;
    activity.started(0, T0);
    activity.event(0, store(0.2, Report, "add", false, 60, 9));
    activity.event(0, store(0.1, Report, "add", true, 60));
    activity.presence(0, Report, false, T0 + 1.0, T0 + 1.0);
    const auto stats = activity.statsFor(0, Report, T0 + 2);
    QCOMPARE(stats->acquisitions, 1);
    QCOMPARE(stats->contended, 1);
    QCOMPARE(stats->released, 1);
    QCOMPARE(stats->holdSamples, 1);
}

void TestLockActivity::ignoresOtherKeys()
{
    LockActivity activity;
    activity.event(0, store(0, "views.page.1", "set", true, 0));
    activity.event(0, store(0, ":1:session_x", "add", true, 60));
    QVERIFY(activity.stats(0, T0 + 1).isEmpty());
}

void TestLockActivity::keyFilterDropsOtherStoresUndecoded()
{
    // A busy cache's stream is mostly other keys' stores: dropped on their raw
    // bytes (even a malformed one is never parsed); connections and skips pass.
    WatchParser parser;
    parser.setKeyFilter({"__d_lock_"});
    const QList<WatchEvent> events = parser.feed(
        "OK\r\n"
        "ts=1.0 gid=1 type=conn_new rip=127.0.0.1 rport=5 transport=tcp cfd=25\n"
        "ts=1.1 gid=2 type=item_store key=views.page%3A1 status=stored cmd=set ttl=0 cfd=25\n"
        "ts=1.2 gid=3 type=item_store key=broken%ZZ status=stored cmd=set ttl=nope cfd=25\n"
        "ts=1.3 gid=4 type=item_store key=%3A1%3A__d_lock_x status=stored cmd=add ttl=9 cfd=25\n"
        "ts=1.4 gid=5 skipped=3\n");
    QCOMPARE(parser.state(), WatchParser::State::Streaming);
    QCOMPARE(events.size(), 3);
    QCOMPARE(events[0].type, WatchEvent::Type::ConnNew);
    QCOMPARE(events[1].key, QByteArray(":1:__d_lock_x"));
    QCOMPARE(events[2].type, WatchEvent::Type::Skipped);
    QCOMPARE(parser.lines(), 5);
    QCOMPARE(parser.skippedLines(), 2);
}

void TestLockActivity::idleLocksAreForgotten()
{
    // Memory stays flat over days: a lock not held and not heard of for
    // ForgetAfter is dropped; a held one stays.
    LockActivity activity;
    activity.started(0, T0);
    WatchEvent taken = store(0, Report, "add", true, 60);
    taken.receivedAt = T0;
    activity.event(0, taken);
    activity.presence(0, Report, false, T0 + 1, T0 + 1); // released
    WatchEvent other = store(0, ":1:__d_lock_held", "add", true, ttl::Never);
    other.receivedAt = T0;
    activity.event(0, other); // held, no TTL
    QCOMPARE(activity.lockCount(), 2);
    activity.forget(T0 + 10);
    QCOMPARE(activity.lockCount(), 2);
    activity.forget(T0 + LockActivity::ForgetAfter + 5);
    QCOMPARE(activity.lockCount(), 1);
    QVERIFY(!activity.statsFor(0, Report, T0 + LockActivity::ForgetAfter + 5));
    QVERIFY(activity.statsFor(0, ":1:__d_lock_held", T0 + LockActivity::ForgetAfter + 5));
}

void TestLockActivity::connectionListArrivingLateKeepsNewerConnections()
{
    // "stats conns" is asked when the stream starts; its reply can arrive
    // after the stream has announced newer connections. It must not erase them.
    LockActivity activity;
    activity.started(0, T0);
    WatchEvent hello;
    hello.type = WatchEvent::Type::ConnNew;
    hello.clientFd = 12;
    hello.address = "10.0.0.7:50000";
    activity.event(0, hello);
    activity.setConnections(0, {{5, "10.0.0.9:41000"}, {12, "10.0.0.8:1"}}); // older
    activity.event(0, store(1, Report, "add", true, 60, 12));
    QCOMPARE(activity.statsFor(0, Report, T0 + 2)->holderAddress, QByteArray("10.0.0.7:50000"));
    const QByteArray other = ":1:__d_lock_other";
    activity.event(0, store(1, other, "add", true, 60, 5));
    QCOMPARE(activity.statsFor(0, other, T0 + 2)->holderAddress, QByteArray("10.0.0.9:41000"));

    // A restarted stream knows no connection until it is told again.
    activity.started(0, T0 + 10);
    const QByteArray third = ":1:__d_lock_third";
    activity.event(0, store(11, third, "add", true, 60, 5));
    QCOMPARE(activity.statsFor(0, third, T0 + 12)->holderAddress, QByteArray());
}

QTEST_GUILESS_MAIN(TestLockActivity)
#include "tst_lockactivity.moc"
