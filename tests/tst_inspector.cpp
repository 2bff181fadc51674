// The inspection engine and its CLI against real memcached processes: locks
// from the seed's Django recipe, a split lock made by python-memcached's
// rehash, force release with CAS and audit log, down, restarted, garbage and
// BUSY servers.
#include "core/client/Client.h"
#include "core/inspect/ClusterInspector.h"
#include "core/lock/DistributedLock.h"
#include "tests/support/CtlRun.h"
#include "tests/support/FaultProxy.h"
#include "tests/support/MemcachedServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <array>

using namespace Qt::StringLiterals;
using namespace lockboard;
using lockboard::test::FaultProxy;
using lockboard::test::MemcachedServer;

namespace {

ClusterSnapshot inspect(ClusterInspector& inspector)
{
    QSignalSpy ready(&inspector, &ClusterInspector::snapshotReady);
    inspector.refresh();
    if (!ready.wait(20000))
        qFatal("no snapshot within 20 s");
    return ready.takeFirst().at(0).value<ClusterSnapshot>();
}

QList<LockRecord> named(const ClusterSnapshot& snapshot, const QString& name)
{
    QList<LockRecord> found;
    for (const LockRecord& lock : snapshot.locks)
        if (lock.name == name)
            found.append(lock);
    return found;
}

} // namespace

class TestInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void djangoLocksAreFoundAndDecoded();
    void lockboardLocksShowTheirOwner();
    void splitLockFromPythonMemcachedRehash();
    void inspectingDoesNotTouchTheLocks();
    void forceReleaseIsGuardedAndAudited();
    void readOnlyRefusesRelease();
    void stoppedServerIsDownOthersGoOn();
    void restartIsDetected();
    void garbageAndBusyServersGetTheirOwnErrors();
    void cliServersAndLocks();
    void cliRelease();
    void cliWatch();

private:
    Profile profile() const;
    void djangoTry(const QString& name, const QStringList& servers) const;

    std::array<MemcachedServer, 3> m_servers;
    QStringList m_specs;
    QTemporaryDir m_dir;
};

Profile TestInspector::profile() const
{
    Profile p;
    p.name = u"test"_s;
    p.servers = *ServerSpec::parseList(m_specs.join(u','));
    return p;
}

// Takes the lock NAME with the seed's recipe in a Django process that then
// exits without releasing it (as a crashed worker would).
void TestInspector::djangoTry(const QString& name, const QStringList& servers) const
{
    QProcess python;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LOCKBOARD_SERVERS"_s, servers.join(u','));
    python.setProcessEnvironment(env);
    python.start(qEnvironmentVariable("LOCKBOARD_PYTHON", u"/usr/bin/python3"_s),
                 {QStringLiteral(LOCKBOARD_SEED_RECIPE), u"take"_s, name});
    QVERIFY(python.waitForFinished(20000));
    QVERIFY2(python.readAllStandardOutput().contains("acquired"),
             python.readAllStandardError().constData());
}

void TestInspector::initTestCase()
{
    qRegisterMetaType<ClusterSnapshot>();
    for (MemcachedServer& server : m_servers) {
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        m_specs.append(server.spec());
    }
    qputenv("LOCKBOARD_AUDIT_LOG", m_dir.filePath(u"audit.jsonl"_s).toUtf8());
}

void TestInspector::init()
{
    for (MemcachedServer& server : m_servers) {
        if (!server.isRunning())
            QVERIFY(server.restart());
        QCOMPARE(server.command("flush_all\r\n"), QByteArray("OK\r\n"));
    }
    QFile::remove(m_dir.filePath(u"audit.jsonl"_s));
}

void TestInspector::djangoLocksAreFoundAndDecoded()
{
    for (const QString& name : {u"nightly-report"_s, u"invoice-42"_s, u"reindex"_s})
        djangoTry(name, m_specs);
    Client client(profile());
    QCOMPARE(client.set(":1:session:abc", "not a lock").outcome, Outcome::Stored);

    ClusterInspector inspector(profile(), {});
    const ClusterSnapshot snapshot = inspect(inspector);
    QCOMPARE(snapshot.locks.size(), 3);
    for (const LockRecord& lock : snapshot.locks) {
        QCOMPARE(lock.valueKind, u"int"_s); // python-memcached's int 1, flags 2
        QCOMPARE(lock.value, u"1"_s);
        QCOMPARE(lock.flags, 2u);
        QCOMPARE(lock.home, client.placement().home(lock.key));
        QCOMPARE(lock.server, lock.home);
        QVERIFY(!lock.misplaced && !lock.split);
        QVERIFY(lock.ttl > 60 && lock.ttl <= 120); // taken with 120 s, a few Python starts ago
        QVERIFY(!lock.owner.has_value());
        QVERIFY(lock.cas > 0);
        QVERIFY(lock.idleSeconds >= 0);
    }
    QCOMPARE(named(snapshot, u"invoice-42"_s).size(), 1);
    for (const ServerHealth& health : snapshot.servers) {
        QVERIFY(health.up && health.scanned);
        QVERIFY(!health.evictionsOff);              // from stats settings
        QCOMPARE(health.keysScanned, health.items); // the whole hash table was walked
        QCOMPARE(health.itemSizeMax, 1024 * 1024);
        QCOMPARE(health.version, u"1.6.18"_s);
        QVERIFY(health.latencyMs >= 0);
    }
}

void TestInspector::lockboardLocksShowTheirOwner()
{
    Client client(profile());
    DistributedLock lock(client, u"deploy"_s, {.ttl = 2});
    const LockResult taken = lock.acquire();
    QCOMPARE(taken.status, LockStatus::Acquired);
    ClusterInspector inspector(profile(), {});
    LockRecord found = named(inspect(inspector), u"deploy"_s).value(0);
    QCOMPARE(found.owner, std::optional<OwnerToken>(lock.owner()));
    QCOMPARE(found.fencingToken, taken.fencingToken);
    QCOMPARE(found.valueKind, u"lockboard token"_s);
    QCOMPARE(found.acquired, std::optional<QDateTime>(lock.owner().acquired));

    // After a refresh the CAS changes, but the fencing token is still known.
    QCOMPARE(lock.refresh().status, LockStatus::Refreshed);
    found = named(inspect(inspector), u"deploy"_s).value(0);
    QVERIFY(found.cas != taken.fencingToken);
    QCOMPARE(found.fencingToken, taken.fencingToken);
}

void TestInspector::splitLockFromPythonMemcachedRehash()
{
    // A python-memcached worker that cannot reach the lock's home takes it
    // elsewhere (the seed's bug); a worker that can takes it on the home.
    const Profile p = profile();
    const auto placement = Placement::create(ClientLibrary::PythonMemcached, p.servers);
    QString name;
    int home = -1;
    for (int n = 0; name.isEmpty(); ++n) {
        const QByteArray key = ":1:__d_lock_batch" + QByteArray::number(n);
        if (placement->home(key) == 1) {
            name = u"batch%1"_s.arg(n);
            home = 1;
        }
    }
    QStringList cutOff = m_specs;
    cutOff[home] =
        u"127.0.0.1:%1"_s.arg(MemcachedServer::freePort()); // the home, unreachable for this worker
    djangoTry(name, cutOff);
    djangoTry(name, m_specs);

    ClusterInspector inspector(p, {});
    const QList<LockRecord> copies = named(inspect(inspector), name);
    QCOMPARE(copies.size(), 2);
    const int elsewhere = placement->landing(*p.keys.lockKey(name), {home});
    for (const LockRecord& copy : copies) {
        QVERIFY(copy.split);
        QCOMPARE(copy.home, home);
        QCOMPARE(copy.misplaced, copy.server != home);
        QVERIFY(copy.server == home || copy.server == elsewhere);
    }
    QVERIFY(copies[0].server != copies[1].server);
}

void TestInspector::inspectingDoesNotTouchTheLocks()
{
    djangoTry(u"quiet"_s, m_specs);
    ClusterInspector inspector(profile(), {});
    const LockRecord lock = named(inspect(inspector), u"quiet"_s).value(0);
    QVERIFY(lock.server >= 0);
    // mg ... u: not marked fetched, and (being a read) not changed.
    const QByteArray dump =
        m_servers[size_t(lock.server)].command("lru_crawler metadump hash\r\n", "END\r\n");
    QVERIFY2(dump.contains("__d_lock_quiet") && dump.contains("fetch=no"), dump.constData());
    QVERIFY(!dump.contains("fetch=yes"));
}

void TestInspector::forceReleaseIsGuardedAndAudited()
{
    djangoTry(u"stuck"_s, m_specs);
    ClusterInspector inspector(profile(), {});
    const LockRecord seen = named(inspect(inspector), u"stuck"_s).value(0);
    QSignalSpy finished(&inspector, &ClusterInspector::releaseFinished);

    // The lock changed since the operator looked: refused.
    Client client(profile());
    QCOMPARE(client.set(seen.key, "1", 120, 2).outcome, Outcome::Stored); // a new holder, a new CAS
    inspector.release(seen.server, seen.key, seen.cas, seen.rawValue);
    QVERIFY(finished.wait(5000));
    const auto changed = finished.last().at(0).value<ReleaseResult>();
    QCOMPARE(changed.outcome, Outcome::Exists);
    QVERIFY(!changed.error); // a refusal the operator asked for, not a failure
    QVERIFY2(changed.message.contains(u"changed since it was read"_s), qPrintable(changed.message));
    QCOMPARE(client.get(seen.key).outcome, Outcome::Found);

    // With the CAS as it is now: released.
    const LockRecord now = named(inspect(inspector), u"stuck"_s).value(0);
    inspector.release(now.server, now.key, now.cas, now.rawValue);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.last().at(0).value<ReleaseResult>().outcome, Outcome::Deleted);
    QCOMPARE(client.get(seen.key).outcome, Outcome::NotFound);

    QFile audit(m_dir.filePath(u"audit.jsonl"_s));
    QVERIFY(audit.open(QIODevice::ReadOnly));
    QList<QJsonObject> entries;
    for (const QByteArray& line : audit.readAll().split('\n'))
        if (!line.isEmpty())
            entries.append(QJsonDocument::fromJson(line).object());
    QCOMPARE(entries.size(), 4); // attempt + refused, attempt + released
    QCOMPARE(entries[1][u"outcome"_s].toString(), u"refused: changed"_s);
    const QJsonObject released = entries[3];
    QCOMPARE(released[u"outcome"_s].toString(), u"released"_s);
    QCOMPARE(released[u"key"_s].toString(), QString::fromUtf8(seen.key));
    QCOMPARE(released[u"server"_s].toString(), now.serverName);
    QCOMPARE(released[u"cas"_s].toString(), QString::number(now.cas));
    QCOMPARE(released[u"value"_s].toString(), u"1"_s);
    QVERIFY(!released[u"user"_s].toString().isEmpty() && !released[u"host"_s].toString().isEmpty());
    QVERIFY(QDateTime::fromString(released[u"time"_s].toString(), Qt::ISODateWithMs).isValid());
}

void TestInspector::readOnlyRefusesRelease()
{
    djangoTry(u"guarded"_s, m_specs);
    Profile p = profile();
    p.readOnly = true;
    ClusterInspector inspector(p, {});
    const LockRecord lock = named(inspect(inspector), u"guarded"_s).value(0);
    QSignalSpy finished(&inspector, &ClusterInspector::releaseFinished);
    inspector.release(lock.server, lock.key, lock.cas, lock.rawValue);
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    const auto refused = finished.last().at(0).value<ReleaseResult>();
    QVERIFY(refused.message.contains(u"read-only"_s));
    QVERIFY(refused.error);
    QCOMPARE(refused.error->kind, ErrorKind::ReadOnly);
    QCOMPARE(refused.error->message, refused.message);
    Client client(profile());
    QCOMPARE(client.get(lock.key).outcome, Outcome::Found);
}

void TestInspector::stoppedServerIsDownOthersGoOn()
{
    djangoTry(u"a"_s, m_specs);
    djangoTry(u"b"_s, m_specs);
    djangoTry(u"c"_s, m_specs);
    m_servers[2].stop();
    ClusterInspector inspector(profile(), {});
    const ClusterSnapshot snapshot = inspect(inspector);
    QVERIFY(!snapshot.servers[2].up);
    QVERIFY2(snapshot.servers[2].errorText().startsWith(m_specs[2] + u": connection refused"_s),
             qPrintable(snapshot.servers[2].errorText()));
    QVERIFY(snapshot.servers[0].up && snapshot.servers[1].up);
    for (const LockRecord& lock : snapshot.locks)
        QVERIFY(lock.server != 2);
    const auto placement = Placement::create(ClientLibrary::PythonMemcached, profile().servers);
    int expected = 0;
    for (const QString& name : {u"a"_s, u"b"_s, u"c"_s})
        expected += placement->home(*profile().keys.lockKey(name)) != 2;
    QCOMPARE(snapshot.locks.size(), expected);
}

void TestInspector::restartIsDetected()
{
    ClusterInspector inspector(profile(), {});
    ClusterSnapshot first = inspect(inspector);
    QVERIFY(!first.servers[0].restarted);
    QVERIFY(m_servers[0].restart());
    ClusterSnapshot second = inspect(inspector);
    QVERIFY(second.servers[0].restarted);
    QVERIFY(second.servers[0].pid != first.servers[0].pid);
    QVERIFY(!second.servers[1].restarted);
    ClusterSnapshot third = inspect(inspector);
    QVERIFY(!third.servers[0].restarted); // said once
}

void TestInspector::garbageAndBusyServersGetTheirOwnErrors()
{
    djangoTry(u"visible"_s, m_specs);
    FaultProxy proxy(m_servers[1].port());
    proxy.setMode(FaultProxy::Mode::Garbage);

    // Server 2 answers the dump as a server already running one does (memcached
    // runs one at a time; the line is the one a real server sent, as in
    // tests/data/metadump_busy.txt).
    FaultProxy busy(m_servers[2].port());
    busy.setMode(FaultProxy::Mode::BusyDump);

    Profile p = profile();
    p.servers[1] = *ServerSpec::parse(proxy.spec());
    p.servers[2] = *ServerSpec::parse(busy.spec());
    ClusterInspector inspector(p, {});
    const ClusterSnapshot snapshot = inspect(inspector);
    QVERIFY2(snapshot.servers[1].errorText().contains(u"HELLO FROM NOT-MEMCACHED"_s) ||
                 snapshot.servers[1].errorText().contains(u"not a stats line"_s),
             qPrintable(snapshot.servers[1].errorText()));
    QVERIFY2(snapshot.servers[2].errorText().contains(u"busy"_s),
             qPrintable(snapshot.servers[2].errorText() + u" scanned="_s +
                        QString::number(snapshot.servers[2].scanned) + u" items="_s +
                        QString::number(snapshot.servers[2].items)));
    QVERIFY(snapshot.servers[0].up && snapshot.servers[0].scanned &&
            snapshot.servers[0].errorText().isEmpty());
    const auto placement = Placement::create(ClientLibrary::PythonMemcached, profile().servers);
    const int home = placement->home(*profile().keys.lockKey(u"visible"_s));
    QCOMPARE(named(snapshot, u"visible"_s).size(), home == 0 ? 1 : 0);
    QVERIFY(snapshot.servers[2].up && !snapshot.servers[2].scanned); // up, but its locks unknown
}

void TestInspector::cliServersAndLocks()
{
    djangoTry(u"nightly-report"_s, m_specs);
    const QString settings = m_dir.filePath(u"lockboard.conf"_s);
    auto run = lockboard::test::runCtl(
        {u"servers"_s, u"--json"_s, u"--servers"_s, m_specs.join(u',')}, settings);
    QCOMPARE(run.code, 0);
    const QJsonArray servers = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(servers.size(), 3);
    for (const char* field : {"server", "up", "error", "latency_ms", "version", "uptime",
                              "curr_items", "evictions", "failed_sets"})
        QVERIFY2(servers[0].toObject().contains(QLatin1String(field)), field);

    run = lockboard::test::runCtl({u"locks"_s, u"--json"_s, u"--servers"_s, m_specs.join(u',')},
                                  settings);
    QCOMPARE(run.code, 0);
    const QJsonArray locks = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(locks.size(), 1);
    const QJsonObject lock = locks[0].toObject();
    for (const char* field :
         {"name", "key", "server", "home", "misplaced", "split", "ttl", "cas", "value", "owner"})
        QVERIFY2(lock.contains(QLatin1String(field)), field);
    QCOMPARE(lock[u"name"_s].toString(), u"nightly-report"_s);
    QCOMPARE(lock[u"value"_s].toString(), u"1"_s);

    m_servers[0].stop();
    run = lockboard::test::runCtl({u"locks"_s, u"--servers"_s, m_specs.join(u',')}, settings);
    QCOMPARE(run.code, 1); // incomplete, and said so
    QVERIFY2(run.err.contains(m_specs[0] + u": connection refused"_s), qPrintable(run.err));
}

void TestInspector::cliRelease()
{
    // (Also: --only-version keeps to the profile's VERSION; other versions are listed by default.)
    {
        Client client(profile());
        QCOMPARE(client.add(":7:__d_lock_old", "1", 60, 2).outcome, Outcome::Stored);
        const QString settings = m_dir.filePath(u"lockboard.conf"_s);
        const QStringList locks{u"locks"_s, u"--json"_s, u"--servers"_s, m_specs.join(u',')};
        QCOMPARE(
            QJsonDocument::fromJson(lockboard::test::runCtl(locks, settings).out).array().size(),
            1);
        QCOMPARE(
            QJsonDocument::fromJson(
                lockboard::test::runCtl(locks + QStringList{u"--only-version"_s}, settings).out)
                .array()
                .size(),
            0);
        QCOMPARE(client.remove(":7:__d_lock_old").outcome, Outcome::Deleted);
    }
    djangoTry(u"stuck"_s, m_specs);
    const QString settings = m_dir.filePath(u"lockboard.conf"_s);
    const QStringList base{u"release"_s, u"--servers"_s, m_specs.join(u',')};
    // No terminal, no --yes: refused, nothing released.
    auto run = lockboard::test::runCtl(base + QStringList{u"stuck"_s}, settings);
    QCOMPARE(run.code, 2);
    QVERIFY(run.err.contains(u"give --yes"_s));
    // A stale CAS: refused.
    run = lockboard::test::runCtl(
        base + QStringList{u"--yes"_s, u"--cas"_s, u"999999"_s, u"stuck"_s}, settings);
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(u"changed since it was read"_s), qPrintable(run.err));
    // Released, on the home, and audited.
    run = lockboard::test::runCtl(base + QStringList{u"--yes"_s, u"stuck"_s}, settings);
    QCOMPARE(run.code, 0);
    QVERIFY(run.text().startsWith(u"released"_s));
    QVERIFY(QFile(m_dir.filePath(u"audit.jsonl"_s)).size() > 0);
    // Nothing left: non-zero.
    run = lockboard::test::runCtl(base + QStringList{u"--yes"_s, u"stuck"_s}, settings);
    QCOMPARE(run.code, 1);
    QVERIFY(run.err.contains(u"no lock \"stuck\""_s));
    run = lockboard::test::runCtl(
        base + QStringList{u"--yes"_s, u"--server"_s, u"nowhere:1"_s, u"stuck"_s}, settings);
    QCOMPARE(run.code, 2);
}

void TestInspector::cliWatch()
{
    djangoTry(u"watched"_s, m_specs);
    const auto run = lockboard::test::runCtl({u"watch"_s, u"--servers"_s, m_specs.join(u','),
                                              u"--interval"_s, u"0.2"_s, u"--count"_s, u"3"_s},
                                             m_dir.filePath(u"lockboard.conf"_s));
    QCOMPARE(run.code, 0);
    QCOMPARE(run.text().count(u"Lockboard watch: "_s), 3);
    QCOMPARE(run.text().count(u"\nwatched "_s), 3);
    QVERIFY(!run.text().contains(u"\x1b["_s)); // not a terminal: no screen control
    QCOMPARE(lockboard::test::runCtl(
                 {u"watch"_s, u"--servers"_s, m_specs.join(u','), u"--interval"_s, u"0"_s},
                 m_dir.filePath(u"lockboard.conf"_s))
                 .code,
             2);
}

QTEST_GUILESS_MAIN(TestInspector)
#include "tst_inspector.moc"
