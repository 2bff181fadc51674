// lockboardctl run, the real binary, against real memcached processes.
#include "core/client/Client.h"
#include "core/lock/DistributedLock.h"
#include "tests/support/MemcachedServer.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <csignal>

using namespace Qt::StringLiterals;
using namespace lockboard;
using lockboard::test::MemcachedServer;

namespace {

struct Finished
{
    int code = -1;
    QByteArray out;
    QString err;
};

Finished finish(QProcess& process, int timeoutMs = 60000)
{
    Finished done;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        done.err = u"timed out"_s;
        return done;
    }
    done.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    done.out = process.readAllStandardOutput();
    done.err += QString::fromUtf8(process.readAllStandardError());
    return done;
}

Finished ctl(const QStringList& args)
{
    QProcess process;
    process.start(QStringLiteral(LOCKBOARD_CTL), args);
    return finish(process);
}

} // namespace

class TestLockRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void runsTheCommandWithTheLock();
    void heldByAnotherExits75();
    void unreachableHomeExits69();
    void commandThatCannotRunExits127();
    void lostDuringTheRunExits70();
    void badInputExits2();
    void signalIsPassedOnAndTheLockReleased();
    void processesIncrementACounterExactly();

private:
    QString servers() const { return m_specs.join(u','); }
    Profile profile() const
    {
        Profile p;
        p.servers = *ServerSpec::parseList(servers());
        return p;
    }

    std::array<MemcachedServer, 3> m_servers;
    QStringList m_specs;
};

void TestLockRun::initTestCase()
{
    for (MemcachedServer& server : m_servers) {
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        m_specs.append(server.spec());
    }
}

void TestLockRun::init()
{
    for (MemcachedServer& server : m_servers) {
        if (!server.isRunning())
            QVERIFY(server.restart());
        QCOMPARE(server.command("flush_all\r\n"), QByteArray("OK\r\n"));
    }
}

void TestLockRun::runsTheCommandWithTheLock()
{
    // CMD sees the fencing token and the key, and finds the lock held while it runs.
    const Finished run =
        ctl({u"run"_s, u"--servers"_s, servers(), u"--lock"_s, u"nightly"_s, u"--"_s, u"sh"_s,
             u"-c"_s, u"echo \"$LOCKBOARD_FENCING_TOKEN $LOCKBOARD_LOCK_KEY\"; exit 7"_s});
    QCOMPARE(run.code, 7); // CMD's own exit code
    const QList<QByteArray> words = run.out.trimmed().split(' ');
    QCOMPARE(words.size(), 2);
    QVERIFY(words[0].toULongLong() > 0);
    QCOMPARE(words[1], QByteArray(":1:__d_lock_nightly"));
    // Released afterwards.
    Client client(profile());
    QCOMPARE(client.metaGet(":1:__d_lock_nightly").outcome, Outcome::NotFound);

    const Finished inside = ctl({u"run"_s, u"--servers"_s, servers(), u"--lock"_s, u"nightly"_s,
                                 u"--"_s, QStringLiteral(LOCKBOARD_CTL), u"get"_s, u"--servers"_s,
                                 servers(), u"--raw"_s, u":1:__d_lock_nightly"_s});
    QCOMPARE(inside.code, 0);
    QVERIFY2(inside.out.startsWith("lockboard/1 host="), inside.out.constData());
}

void TestLockRun::heldByAnotherExits75()
{
    Client client(profile());
    DistributedLock holder(client, u"report"_s, {.ttl = 60});
    QCOMPARE(holder.acquire().status, LockStatus::Acquired);
    QTemporaryDir dir;
    const QString marker = dir.filePath(u"ran"_s);
    const Finished run = ctl({u"run"_s, u"--servers"_s, servers(), u"--lock"_s, u"report"_s,
                              u"--"_s, u"touch"_s, marker});
    QCOMPARE(run.code, 75);
    QVERIFY(!QFile::exists(marker)); // CMD never ran
    QVERIFY2(run.err.contains(holder.owner().describe()), qPrintable(run.err));
    QCOMPARE(client.metaGet(":1:__d_lock_report").value, holder.owner().toValue()); // untouched

    // With --wait, it runs once the holder lets go.
    QProcess waiting;
    waiting.start(QStringLiteral(LOCKBOARD_CTL),
                  {u"run"_s, u"--servers"_s, servers(), u"--lock"_s, u"report"_s, u"--wait"_s,
                   u"20"_s, u"--"_s, u"touch"_s, marker});
    QVERIFY(waiting.waitForStarted());
    QTest::qWait(700);
    QVERIFY(!QFile::exists(marker));
    QCOMPARE(holder.release().status, LockStatus::Released);
    QCOMPARE(finish(waiting).code, 0);
    QVERIFY(QFile::exists(marker));
}

void TestLockRun::unreachableHomeExits69()
{
    Client client(profile());
    QString name;
    for (int n = 0; name.isEmpty(); ++n)
        if (client.placement().home(*client.profile().keys.lockKey(u"j%1"_s.arg(n))) == 0)
            name = u"j%1"_s.arg(n);
    m_servers[0].stop();
    const Finished run = ctl({u"run"_s, u"--servers"_s, servers(), u"--lock"_s, name, u"--wait"_s,
                              u"10"_s, u"--"_s, u"true"_s});
    QCOMPARE(run.code, 69);
    QVERIFY2(run.err.contains(m_specs[0] + u": connection refused"_s), qPrintable(run.err));
    QVERIFY(m_servers[1].keys().isEmpty() && m_servers[2].keys().isEmpty());
}

void TestLockRun::commandThatCannotRunExits127()
{
    const Finished run = ctl(
        {u"run"_s, u"--servers"_s, servers(), u"--lock"_s, u"x"_s, u"--"_s, u"/nonexistent/cmd"_s});
    QCOMPARE(run.code, 127);
    QVERIFY(run.err.contains(u"cannot run \"/nonexistent/cmd\""_s));
    Client client(profile());
    QCOMPARE(client.metaGet(":1:__d_lock_x").outcome, Outcome::NotFound); // released
}

void TestLockRun::lostDuringTheRunExits70()
{
    // The command runs until the test says it may end (a file appears), so the
    // takeover below happens while it runs however slowly the machine goes.
    QTemporaryDir dir;
    const QString doneFile = dir.filePath(u"done"_s);
    QProcess run;
    run.start(QStringLiteral(LOCKBOARD_CTL),
              {u"run"_s, u"--servers"_s, servers(), u"--lock"_s, u"long"_s, u"--ttl"_s, u"3"_s,
               u"--"_s, u"sh"_s, u"-c"_s,
               u"i=0; while [ ! -e \"$1\" ] && [ $i -lt 1200 ]; do sleep 0.05; i=$((i+1)); done"_s,
               u"sh"_s, doneFile});
    QVERIFY(run.waitForStarted());
    Client client(profile());
    const QByteArray key = ":1:__d_lock_long";
    QTRY_COMPARE_WITH_TIMEOUT(client.metaGet(key).outcome, Outcome::Found, 20000);
    // An operator force-releases it and a Django worker takes it.
    QCOMPARE(client.remove(key).outcome, Outcome::Deleted);
    QCOMPARE(client.add(key, "1", 60, 2).outcome, Outcome::Stored);
    QFile finished(doneFile);
    QVERIFY(finished.open(QIODevice::WriteOnly));
    finished.close();

    const Finished done = finish(run);
    QCOMPARE(done.code, 70);
    QVERIFY2(done.err.contains(u"the lock was lost while the command ran"_s), qPrintable(done.err));
    QCOMPARE(client.get(key).value, QByteArray("1")); // the new holder's lock is left alone
}

void TestLockRun::badInputExits2()
{
    QCOMPARE(ctl({u"run"_s, u"--servers"_s, servers(), u"--"_s, u"true"_s}).code, 2);
    QCOMPARE(ctl({u"run"_s, u"--servers"_s, servers(), u"--lock"_s, u"x"_s}).code, 2);
    QCOMPARE(ctl({u"run"_s, u"--servers"_s, servers(), u"--lock"_s, u"x"_s, u"--ttl"_s, u"0"_s,
                  u"--"_s, u"true"_s})
                 .code,
             2);
    const Finished spaced =
        ctl({u"run"_s, u"--servers"_s, servers(), u"--lock"_s, u"a b"_s, u"--"_s, u"true"_s});
    QCOMPARE(spaced.code, 2);
    QVERIFY(spaced.err.contains(u"contains a space"_s));
}

void TestLockRun::signalIsPassedOnAndTheLockReleased()
{
    QTemporaryDir dir;
    const QString pidFile = dir.filePath(u"child"_s);
    QProcess run;
    run.start(QStringLiteral(LOCKBOARD_CTL),
              {u"run"_s, u"--servers"_s, servers(), u"--lock"_s, u"deploy"_s, u"--"_s, u"sh"_s,
               u"-c"_s, u"echo $$ > \"$0\"; exec sleep 30"_s, pidFile});
    QVERIFY(run.waitForStarted());
    Client client(profile());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(pidFile) && QFile(pidFile).size() > 0, 10000);
    QCOMPARE(client.metaGet(":1:__d_lock_deploy").outcome, Outcome::Found);

    run.terminate(); // SIGTERM to lockboardctl
    const Finished done = finish(run, 20000);
    QCOMPARE(done.code, 128 + SIGTERM); // CMD died of the same signal
    QVERIFY2(done.err.contains(u"killed by signal 15"_s), qPrintable(done.err));
    QCOMPARE(client.metaGet(":1:__d_lock_deploy").outcome,
             Outcome::NotFound); // released, not left to expire
    QFile file(pidFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const qint64 child = file.readAll().trimmed().toLongLong();
    QVERIFY(child > 0);
    QVERIFY(::kill(pid_t(child), 0) != 0); // CMD is gone too
}

void TestLockRun::processesIncrementACounterExactly()
{
    constexpr int Processes = 4;
    constexpr int Iterations = 10;
    QTemporaryDir dir;
    const QString counter = dir.filePath(u"counter"_s);
    {
        QFile file(counter);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("0\n");
    }
    std::array<QProcess, Processes> workers;
    for (QProcess& worker : workers) {
        worker.start(u"sh"_s,
                     {QStringLiteral(LOCKBOARD_COUNTER_WORKER), QStringLiteral(LOCKBOARD_CTL),
                      servers(), counter, QString::number(Iterations)});
        QVERIFY(worker.waitForStarted());
    }
    for (QProcess& worker : workers) {
        const Finished done = finish(worker, 240000);
        QVERIFY2(done.code == 0, qPrintable(done.err));
    }
    QFile file(counter);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().trimmed().toInt(), Processes * Iterations);
}

QTEST_GUILESS_MAIN(TestLockRun)
#include "tst_lockrun.moc"
