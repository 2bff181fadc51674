// The seed's Django recipe (Django 3.2 + python-memcached, real processes) and
// Lockboard's lock on the same name exclude each other.
#include "core/client/Client.h"
#include "core/lock/DistributedLock.h"
#include "tests/support/MemcachedServer.h"

#include <QProcess>
#include <QTest>

#include <array>

using namespace Qt::StringLiterals;
using namespace lockboard;
using lockboard::test::MemcachedServer;

class TestLockDjango : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void djangoHoldsLockboardWaits_data();
    void djangoHoldsLockboardWaits();
    void lockboardHoldsDjangoIsExcluded_data();
    void lockboardHoldsDjangoIsExcluded();
    void djangoExcludedInsideLockboardRun();

private:
    Profile profile(const QString& prefix = {}, int version = 1) const;
    void startRecipe(QProcess& process, const QString& mode, const QString& name,
                     const QString& prefix = {}, int version = 1) const;

    std::array<MemcachedServer, 3> m_servers;
    QStringList m_specs;
};

Profile TestLockDjango::profile(const QString& prefix, int version) const
{
    Profile p;
    p.servers = *ServerSpec::parseList(m_specs.join(u','));
    p.client = ClientLibrary::PythonMemcached;
    p.keys = KeyScheme(prefix, version);
    return p;
}

void TestLockDjango::startRecipe(QProcess& process, const QString& mode, const QString& name,
                                 const QString& prefix, int version) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LOCKBOARD_SERVERS"_s, m_specs.join(u','));
    env.insert(u"DJANGO_KEY_PREFIX"_s, prefix);
    env.insert(u"DJANGO_VERSION"_s, QString::number(version));
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("LOCKBOARD_PYTHON", u"/usr/bin/python3"_s),
                  {QStringLiteral(LOCKBOARD_SEED_RECIPE), mode, name});
}

void TestLockDjango::initTestCase()
{
    for (MemcachedServer& server : m_servers) {
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        m_specs.append(server.spec());
    }
}

void TestLockDjango::init()
{
    for (MemcachedServer& server : m_servers)
        QCOMPARE(server.command("flush_all\r\n"), QByteArray("OK\r\n"));
}

void TestLockDjango::djangoHoldsLockboardWaits_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<int>("version");
    QTest::newRow("defaults") << QString() << 1;
    QTest::newRow("prefix and version") << u"shop"_s << 3;
}

void TestLockDjango::djangoHoldsLockboardWaits()
{
    QFETCH(QString, prefix);
    QFETCH(int, version);
    // Across the two rows these names live on all three servers.
    for (const QString& name : {u"nightly-report"_s, u"invoice-42"_s, u"reindex"_s}) {
        QProcess django;
        startRecipe(django, u"hold"_s, name, prefix, version);
        QVERIFY(django.waitForReadyRead(20000));
        QCOMPARE(django.readLine().trimmed(), QByteArray("acquired"));

        Client client(profile(prefix, version));
        DistributedLock lock(client, name);
        const LockResult refused = lock.acquire();
        QCOMPARE(refused.status, LockStatus::Held);
        QCOMPARE(refused.holderValue, QByteArray("1")); // python-memcached's int 1
        QCOMPARE(refused.holderFlags, 2u);
        // Found where Lockboard's placement says: both use python-memcached's.
        QVERIFY(m_servers[size_t(refused.server)].keys().contains(refused.key));

        django.closeWriteChannel(); // the recipe's finally: cache.delete
        QVERIFY(django.waitForFinished(20000));
        QCOMPARE(django.exitCode(), 0);
        QCOMPARE(lock.acquire().status, LockStatus::Acquired);
        QCOMPARE(lock.release().status, LockStatus::Released);
    }
}

void TestLockDjango::lockboardHoldsDjangoIsExcluded_data()
{
    djangoHoldsLockboardWaits_data();
}

void TestLockDjango::lockboardHoldsDjangoIsExcluded()
{
    QFETCH(QString, prefix);
    QFETCH(int, version);
    Client client(profile(prefix, version));
    for (const QString& name : {u"nightly-report"_s, u"invoice-42"_s, u"reindex"_s}) {
        DistributedLock lock(client, name, {.ttl = 60});
        QCOMPARE(lock.acquire().status, LockStatus::Acquired);

        QProcess refused;
        startRecipe(refused, u"try"_s, name, prefix, version);
        QVERIFY(refused.waitForFinished(20000));
        QCOMPARE(refused.readAllStandardOutput().trimmed(), QByteArray("excluded"));
        QCOMPARE(refused.exitCode(), 3);
        // The recipe's refused attempt did not delete Lockboard's lock (got_lock stayed False).
        QCOMPARE(client.metaGet(*client.profile().keys.lockKey(name)).value,
                 lock.owner().toValue());

        QCOMPARE(lock.release().status, LockStatus::Released);
        QProcess allowed;
        startRecipe(allowed, u"try"_s, name, prefix, version);
        QVERIFY(allowed.waitForFinished(20000));
        QCOMPARE(allowed.readAllStandardOutput().trimmed(), QByteArray("acquired"));
        QCOMPARE(allowed.exitCode(), 0);
    }
}

void TestLockDjango::djangoExcludedInsideLockboardRun()
{
    // lockboardctl run holds the lock while the recipe tries it: the recipe is
    // excluded, and run hands back the recipe's exit code.
    QProcess run;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LOCKBOARD_SERVERS"_s, m_specs.join(u','));
    run.setProcessEnvironment(env);
    run.start(QStringLiteral(LOCKBOARD_CTL),
              {u"run"_s, u"--lock"_s, u"payments-sync"_s, u"--"_s,
               qEnvironmentVariable("LOCKBOARD_PYTHON", u"/usr/bin/python3"_s),
               QStringLiteral(LOCKBOARD_SEED_RECIPE), u"try"_s, u"payments-sync"_s});
    QVERIFY(run.waitForFinished(30000));
    QCOMPARE(run.readAllStandardOutput().trimmed(), QByteArray("excluded"));
    QCOMPARE(run.exitCode(), 3);
}

QTEST_GUILESS_MAIN(TestLockDjango)
#include "tst_lockdjango.moc"
