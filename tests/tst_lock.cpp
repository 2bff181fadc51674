// DistributedLock and LockGuard against real memcached processes and faults.
#include "core/client/Client.h"
#include "core/lock/DistributedLock.h"
#include "tests/support/FaultProxy.h"
#include "tests/support/MemcachedServer.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <array>

using namespace Qt::StringLiterals;
using namespace lockboard;
using namespace std::chrono_literals;
using lockboard::test::FaultProxy;
using lockboard::test::MemcachedServer;

namespace {

Profile profileFor(const QStringList& servers)
{
    Profile profile;
    profile.servers = *ServerSpec::parseList(servers.join(u','));
    return profile;
}

// A lock name whose key's home is server under the profile's placement.
QString nameOn(const Client& client, int server)
{
    for (int n = 0;; ++n) {
        const QString name = u"job%1"_s.arg(n);
        if (client.placement().home(*client.profile().keys.lockKey(name)) == server)
            return name;
    }
}

} // namespace

class TestLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void acquireAndRelease();
    void heldByAnotherSaysWho();
    void heldByDjangoRecipe();
    void fencingTokensGrow();
    void stalledHolderCannotReleaseTheNextOne();
    void refreshExtendsOnlyWhileOurs();
    void cutOffFromHomeIsUnavailableAndWritesNowhere();
    void homeDownIsUnavailable();
    void attemptsAndWait();
    void guardReleasesAtScopeEnd();
    void badName();

private:
    std::array<MemcachedServer, 3> m_servers;
    QStringList m_specs;
};

void TestLock::initTestCase()
{
    for (MemcachedServer& server : m_servers) {
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        m_specs.append(server.spec());
    }
}

void TestLock::init()
{
    for (MemcachedServer& server : m_servers) {
        if (!server.isRunning())
            QVERIFY(server.restart());
        QCOMPARE(server.command("flush_all\r\n"), QByteArray("OK\r\n"));
    }
}

void TestLock::acquireAndRelease()
{
    Client client(profileFor(m_specs));
    DistributedLock lock(client, u"nightly"_s, {.ttl = 60});
    const LockResult taken = lock.acquire();
    QCOMPARE(taken.status, LockStatus::Acquired);
    QVERIFY(lock.isHeld());
    QCOMPARE(taken.key, QByteArray(":1:__d_lock_nightly"));
    const int home = client.placement().home(taken.key);
    QCOMPARE(taken.server, home);
    QVERIFY(taken.message.contains(m_specs[home]));
    QVERIFY(taken.fencingToken > 0);

    // On the home only, with an owner token anyone can read, and the TTL asked for.
    for (int s = 0; s < 3; ++s)
        QCOMPARE(m_servers[size_t(s)].keys().contains(taken.key), s == home);
    const OpResult stored = client.metaGet(taken.key);
    const auto owner = OwnerToken::parse(stored.value);
    QVERIFY2(owner.has_value(), stored.value.constData());
    QCOMPARE(*owner, lock.owner());
    QCOMPARE(owner->pid, QCoreApplication::applicationPid());
    QVERIFY(stored.ttl > 55 && stored.ttl <= 60);

    const LockResult released = lock.release();
    QCOMPARE(released.status, LockStatus::Released);
    QVERIFY(!lock.isHeld());
    QCOMPARE(client.metaGet(taken.key).outcome, Outcome::NotFound);
    // Releasing again does nothing and says so.
    QCOMPARE(lock.release().status, LockStatus::NotHeld);
}

void TestLock::heldByAnotherSaysWho()
{
    Client mine(profileFor(m_specs));
    Client theirs(profileFor(m_specs));
    DistributedLock first(theirs, u"report"_s, {.ttl = 90});
    QCOMPARE(first.acquire().status, LockStatus::Acquired);

    DistributedLock second(mine, u"report"_s);
    const LockResult refused = second.acquire();
    QCOMPARE(refused.status, LockStatus::Held);
    QVERIFY(!second.isHeld());
    QVERIFY(refused.holder.has_value());
    QCOMPARE(*refused.holder, first.owner());
    QVERIFY(refused.holderTtl > 80 && refused.holderTtl <= 90);
    QVERIFY2(refused.message.contains(first.owner().describe()), qPrintable(refused.message));
    // Never acquired: its destructor and release leave the holder's lock alone.
    QCOMPARE(second.release().status, LockStatus::NotHeld);
    QCOMPARE(mine.metaGet(refused.key).value, first.owner().toValue());
}

void TestLock::heldByDjangoRecipe()
{
    // cache.add(':1:__d_lock_x', 1, 120) through python-memcached stores b"1" with flags 2.
    Client client(profileFor(m_specs));
    const QByteArray key = ":1:__d_lock_django";
    QCOMPARE(client.add(key, "1", 120, 2).outcome, Outcome::Stored);
    DistributedLock lock(client, u"django"_s);
    const LockResult refused = lock.acquire();
    QCOMPARE(refused.status, LockStatus::Held);
    QCOMPARE(refused.holderValue, QByteArray("1"));
    QCOMPARE(refused.holderFlags, 2u);
    QVERIFY(!refused.holder.has_value());
    QVERIFY2(refused.message.contains(u"as Django's cache.add(key, 1) does"_s),
             qPrintable(refused.message));
}

void TestLock::fencingTokensGrow()
{
    Client client(profileFor(m_specs));
    Client other(profileFor(m_specs));
    quint64 previous = 0;
    for (int i = 0; i < 5; ++i) {
        DistributedLock lock(client, u"fenced"_s);
        const LockResult taken = lock.acquire();
        QCOMPARE(taken.status, LockStatus::Acquired);
        QVERIFY2(taken.fencingToken > previous, qPrintable(QString::number(taken.fencingToken)));
        previous = taken.fencingToken;
        QCOMPARE(lock.release().status, LockStatus::Released);
        (void)other.set(":1:unrelated" + QByteArray::number(i), "x"); // other traffic in between
    }
}

void TestLock::stalledHolderCannotReleaseTheNextOne()
{
    Client stalled(profileFor(m_specs));
    Client next(profileFor(m_specs));
    DistributedLock a(stalled, u"batch"_s, {.ttl = 1});
    QCOMPARE(a.acquire().status, LockStatus::Acquired);

    // A stalls past its TTL; memcached drops the lock (1 s clock granularity).
    DistributedLock b(next, u"batch"_s, {.ttl = 60});
    LockResult taken;
    QElapsedTimer clock;
    clock.start();
    do {
        QThread::msleep(250);
        taken = b.acquire();
    } while (taken.status == LockStatus::Held && clock.elapsed() < 5000);
    QCOMPARE(taken.status, LockStatus::Acquired);

    // A wakes up and releases "its" lock: refused, and B's lock is untouched.
    const LockResult late = a.release();
    QCOMPARE(late.status, LockStatus::NotHeld);
    QVERIFY2(late.message.contains(u"another holder has it now"_s), qPrintable(late.message));
    const OpResult still = next.metaGet(taken.key);
    QCOMPARE(still.outcome, Outcome::Found);
    QCOMPARE(still.value, b.owner().toValue());
    QVERIFY(b.isHeld());
    QCOMPARE(b.release().status, LockStatus::Released);
}

void TestLock::refreshExtendsOnlyWhileOurs()
{
    Client client(profileFor(m_specs));
    DistributedLock lock(client, u"heartbeat"_s, {.ttl = 3});
    const LockResult taken = lock.acquire();
    QCOMPARE(taken.status, LockStatus::Acquired);
    // Refreshing keeps it alive past its 3 s TTL. (memcached's clock ticks once a
    // second, so a TTL of n lives between n-1 and n s: refresh well within that.)
    for (int i = 0; i < 6; ++i) {
        QThread::msleep(700);
        const LockResult refreshed = lock.refresh();
        QCOMPARE(refreshed.status, LockStatus::Refreshed);
        QCOMPARE(refreshed.fencingToken, taken.fencingToken); // the acquisition's token
    }
    QCOMPARE(client.metaGet(taken.key).value, lock.owner().toValue());

    // An operator force-releases it and someone else takes it: the next refresh reports the loss.
    QCOMPARE(client.remove(taken.key).outcome, Outcome::Deleted);
    QCOMPARE(client.add(taken.key, "1", 60, 2).outcome, Outcome::Stored);
    const LockResult lost = lock.refresh();
    QCOMPARE(lost.status, LockStatus::NotHeld);
    QVERIFY2(lost.message.contains(u"taken over"_s), qPrintable(lost.message));
    QVERIFY(!lock.isHeld());
    QCOMPARE(client.get(taken.key).value, QByteArray("1")); // theirs, unchanged
}

void TestLock::cutOffFromHomeIsUnavailableAndWritesNowhere()
{
    // The client reaches server 1 only through the proxy; then the proxy cuts it off.
    FaultProxy proxy(m_servers[1].port());
    const QStringList specs{m_specs[0], proxy.spec(), m_specs[2]};
    ClientOptions options;
    options.ioTimeoutMs = 500;
    Client client(profileFor(specs), options);
    const QString name = nameOn(client, 1);
    proxy.setMode(FaultProxy::Mode::Blackhole);

    DistributedLock lock(client, name, {.ttl = 60, .wait = 3s});
    const LockResult result = lock.acquire();
    QCOMPARE(result.status, LockStatus::Unavailable);
    QCOMPARE(result.server, 1);
    QVERIFY2(result.message.contains(proxy.spec() + u": timeout"_s), qPrintable(result.message));
    QCOMPARE(result.attempts, 1); // no waiting on a server that does not answer
    QVERIFY(!lock.isHeld());
    for (MemcachedServer& server : m_servers)
        QVERIFY(!server.keys().contains(result.key));

    // The partition heals: the lock is taken on its home, and only there.
    proxy.setMode(FaultProxy::Mode::Pass);
    QCOMPARE(lock.acquire().status, LockStatus::Acquired);
    QVERIFY(m_servers[1].keys().contains(result.key));
    QVERIFY(!m_servers[0].keys().contains(result.key) && !m_servers[2].keys().contains(result.key));
}

void TestLock::homeDownIsUnavailable()
{
    Client client(profileFor(m_specs));
    const QString name = nameOn(client, 2);
    m_servers[2].stop();
    DistributedLock lock(client, name);
    const LockResult result = lock.acquire();
    QCOMPARE(result.status, LockStatus::Unavailable);
    QVERIFY2(result.message.contains(m_specs[2] + u": connection refused"_s),
             qPrintable(result.message));
    QVERIFY(m_servers[0].keys().isEmpty() && m_servers[1].keys().isEmpty());
}

void TestLock::attemptsAndWait()
{
    Client client(profileFor(m_specs));
    DistributedLock holder(client, u"busy"_s, {.ttl = 60});
    QCOMPARE(holder.acquire().status, LockStatus::Acquired);

    QList<int> pauses;
    LockOptions tries{.ttl = 60, .attempts = 4, .wait = {}, .backoff = [&](int attempt) {
                          pauses.append(attempt);
                          return 10ms;
                      }};
    DistributedLock contender(client, u"busy"_s, tries);
    const LockResult refused = contender.acquire();
    QCOMPARE(refused.status, LockStatus::Held);
    QCOMPARE(refused.attempts, 4);
    QCOMPARE(pauses, QList<int>({0, 1, 2})); // a pause between tries, none after the last

    // With a wait, a release during the wait (in the pause after the first
    // refusal) lets the contender in at its next try.
    Client other(profileFor(m_specs));
    bool released = false;
    DistributedLock waiter(other, u"busy"_s, {.ttl = 60, .wait = 10s, .backoff = [&](int attempt) {
                                                  if (attempt == 0)
                                                      released = holder.release().status ==
                                                                 LockStatus::Released;
                                                  return 50ms;
                                              }});
    const LockResult waited = waiter.acquire();
    QVERIFY(released);
    QCOMPARE(waited.status, LockStatus::Acquired);
    QCOMPARE(waited.attempts, 2);
}

void TestLock::guardReleasesAtScopeEnd()
{
    Client client(profileFor(m_specs));
    QByteArray key;
    {
        LockGuard guard(client, u"scoped"_s, {.ttl = 30});
        QVERIFY(bool(guard));
        key = guard.result().key;
        QCOMPARE(client.metaGet(key).outcome, Outcome::Found);
        LockGuard second(client, u"scoped"_s);
        QVERIFY(!second);
        QCOMPARE(second.result().status, LockStatus::Held);
    } // second's destructor must not release the first's lock; the first's releases it
    QCOMPARE(client.metaGet(key).outcome, Outcome::NotFound);
}

void TestLock::badName()
{
    Client client(profileFor(m_specs));
    DistributedLock spaced(client, u"two words"_s);
    const LockResult result = spaced.acquire();
    QCOMPARE(result.status, LockStatus::Failed);
    QVERIFY2(result.message.contains(u"contains a space"_s), qPrintable(result.message));
    DistributedLock empty(client, QString());
    QCOMPARE(empty.acquire().status, LockStatus::Failed);
    DistributedLock huge(client, QString(260, u'x'));
    QVERIFY(huge.acquire().message.contains(u"bytes long"_s));
}

QTEST_GUILESS_MAIN(TestLock)
#include "tst_lock.moc"
