// TLS (memcached -Z, with and without client certificates) and ASCII
// authentication (-Y) against real memcached processes, with certificates made
// here by Debian's openssl (tests/security/make_pki.sh): every entry point
// works with the right settings and fails clearly, naming the server and the
// cause, with each wrong one; the password never lands in a file of ours.
#include "core/activity/ActivityMonitor.h"
#include "core/client/Client.h"
#include "core/config/ProfileStore.h"
#include "core/inspect/ClusterInspector.h"
#include "core/lock/DistributedLock.h"
#include "core/secrets/Secrets.h"
#include "tests/support/CtlRun.h"
#include "tests/support/FaultProxy.h"
#include "tests/support/MemcachedServer.h"
#include "tests/support/TestPki.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace lockboard;
using lockboard::test::CtlRun;
using lockboard::test::MemcachedServer;

namespace {

constexpr auto Password = "s3cret-Pa55";

} // namespace

class TestSecurity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyEntryPointWithTheRightSettings_data();
    void everyEntryPointWithTheRightSettings();
    void eachWrongSettingFailsClearly_data();
    void eachWrongSettingFailsClearly();
    void credentialsGoOnlyToServersThatAskForThem();
    void everyNewConnectionAuthenticatesAgain();
    void unixSocketAndBlackholedServers();
    void serversThatRefuseWalksAndWatching();
    void passwordSources();
    void noSecretInSettingsOrAuditLog();
    void noSecretInProcessListings();
    void badSettingsAreRefusedBeforeConnecting_data();
    void badSettingsAreRefusedBeforeConnecting();

private:
    [[nodiscard]] QString pki(const QString& file) const { return m_pki.file(file); }
    [[nodiscard]] QString ini() const { return m_dir.filePath(u"lockboard.ini"_s); }
    [[nodiscard]] QProcessEnvironment
    env(const QString& password = QString::fromLatin1(Password)) const;
    [[nodiscard]] CtlRun ctl(const QStringList& args, const QProcessEnvironment& environment) const
    {
        return lockboard::test::runCtl(args, ini(), environment);
    }
    [[nodiscard]] QStringList tlsArgs() const
    {
        return {u"--tls"_s, u"--tls-ca"_s, pki(u"ca.crt"_s)};
    }
    [[nodiscard]] QStringList clientCertArgs() const
    {
        return tlsArgs() + QStringList{u"--tls-cert"_s, pki(u"client.crt"_s), u"--tls-key"_s,
                                       pki(u"client.key"_s)};
    }
    [[nodiscard]] QStringList tlsServer(const QString& name, const QString& more = {}) const
    {
        return m_pki.serverArgs(name, more);
    }
    [[nodiscard]] ClientOptions options(const QStringList& ctlArgs) const;

    QTemporaryDir m_dir;
    lockboard::test::TestPki m_pki;
    QString m_authFile;
    MemcachedServer m_plain;
    MemcachedServer m_tls;
    MemcachedServer m_clientCert; // ssl_verify_mode 2: a client certificate is required
    MemcachedServer m_auth;
    MemcachedServer m_tlsAuth;
    MemcachedServer m_expired;
    MemcachedServer m_wrongName;
};

QProcessEnvironment TestSecurity::env(const QString& password) const
{
    QProcessEnvironment environment;
    environment.insert(u"HOME"_s, m_dir.path());
    environment.insert(u"LOCKBOARD_AUDIT_LOG"_s, m_dir.filePath(u"audit.jsonl"_s));
    if (!password.isEmpty())
        environment.insert(QString::fromLatin1(PasswordVariable), password);
    return environment;
}

ClientOptions TestSecurity::options(const QStringList& ctlArgs) const
{
    ClientOptions result;
    ConnectionSecurity& security = result.security;
    for (qsizetype i = 0; i < ctlArgs.size(); ++i) {
        const QString& arg = ctlArgs[i];
        if (arg == u"--tls")
            security.tls.enabled = true;
        else if (arg == u"--tls-ca")
            security.tls.caFile = ctlArgs[++i];
        else if (arg == u"--tls-cert")
            security.tls.certFile = ctlArgs[++i];
        else if (arg == u"--tls-key")
            security.tls.keyFile = ctlArgs[++i];
        else if (arg == u"--user")
            security.user = ctlArgs[++i];
    }
    if (security.authenticates())
        security.password = QString::fromLatin1(Password);
    return result;
}

void TestSecurity::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_pki.make(), qPrintable(m_pki.errorString()));

    m_authFile = m_dir.filePath(u"authfile"_s);
    QFile auth(m_authFile);
    QVERIFY(auth.open(QIODevice::WriteOnly));
    auth.write("alice:"_ba + Password + "\nbob:hunter2\n");
    auth.close();

    QVERIFY2(m_plain.start(), qPrintable(m_plain.errorString()));
    QVERIFY2(m_tls.start(tlsServer(u"server"_s)), qPrintable(m_tls.errorString()));
    QVERIFY2(m_clientCert.start(tlsServer(
                 u"server"_s, u",ssl_ca_cert=%1,ssl_verify_mode=2"_s.arg(pki(u"ca.crt"_s)))),
             qPrintable(m_clientCert.errorString()));
    QVERIFY2(m_auth.start({u"-Y"_s, m_authFile}), qPrintable(m_auth.errorString()));
    QVERIFY2(m_tlsAuth.start(tlsServer(u"server"_s) + QStringList{u"-Y"_s, m_authFile}),
             qPrintable(m_tlsAuth.errorString()));
    QVERIFY2(m_expired.start(tlsServer(u"expired"_s)), qPrintable(m_expired.errorString()));
    QVERIFY2(m_wrongName.start(tlsServer(u"wrongname"_s)), qPrintable(m_wrongName.errorString()));
}

void TestSecurity::everyEntryPointWithTheRightSettings_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("encrypted");
    QTest::addColumn<bool>("authenticated");
    QTest::newRow("TLS") << m_tls.spec() << tlsArgs() << true << false;
    QTest::newRow("TLS with a client certificate")
        << m_clientCert.spec() << clientCertArgs() << true << false;
    QTest::newRow("authentication")
        << m_auth.spec() << QStringList{u"--user"_s, u"alice"_s} << false << true;
    QTest::newRow("TLS and authentication")
        << m_tlsAuth.spec() << tlsArgs() + QStringList{u"--user"_s, u"alice"_s} << true << true;
}

void TestSecurity::everyEntryPointWithTheRightSettings()
{
    QFETCH(QString, server);
    QFETCH(QStringList, args);
    QFETCH(bool, encrypted);
    QFETCH(bool, authenticated);
    const QStringList cluster = QStringList{u"--servers"_s, server} + args;
    const QProcessEnvironment environment = env();

    // servers: up, and says how it got in.
    CtlRun run = ctl(QStringList{u"servers"_s, u"--json"_s} + cluster, environment);
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const QJsonObject health = QJsonDocument::fromJson(run.out).array().at(0).toObject();
    QVERIFY2(health[u"up"_s].toBool(), run.out.constData());
    QCOMPARE(health[u"encrypted"_s].toBool(), encrypted);
    QCOMPARE(health[u"verified"_s].toBool(), encrypted);
    QCOMPARE(health[u"authenticated"_s].toBool(), authenticated);

    // set and get: the client speaks the meta protocol on its own connection.
    run = ctl(QStringList{u"set"_s, u"greeting"_s, u"hello"_s, u"--ttl"_s, u"60"_s} + cluster,
              environment);
    QVERIFY2(run.code == 0, qPrintable(run.err));
    run = ctl(QStringList{u"get"_s, u"greeting"_s} + cluster, environment);
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QCOMPARE(run.out, "hello"_ba);

    // run: takes the lock, runs the command, releases; the password stays
    // with lockboardctl (the command and its children do not get it).
    run = ctl(QStringList{u"run"_s, u"--lock"_s, u"nightly"_s} + cluster +
                  QStringList{u"--"_s, u"sh"_s, u"-c"_s,
                              u"test -n \"$LOCKBOARD_LOCK_KEY\" && test -z \"$%1\""_s.arg(
                                  QString::fromLatin1(PasswordVariable))},
              environment);
    QVERIFY2(run.code == 0, qPrintable(run.err));

    // A lock held by a client of ours: the inspector lists it, the activity
    // stream sees it taken, release removes it.
    Profile profile;
    profile.name = u"secured"_s;
    profile.servers = {*ServerSpec::parse(server)};
    const ClientOptions secured = options(args);
    ActivityMonitor activity(profile, secured);
    activity.start();
    QTRY_VERIFY_WITH_TIMEOUT(activity.servers().value(0).streaming, 10000);

    Client client(profile, secured);
    DistributedLock lock(client, u"stuck"_s, {.ttl = 300});
    const LockResult taken = lock.acquire();
    QVERIFY2(taken.ok(), qPrintable(taken.message));
    const QByteArray stuckKey = profile.keys.lockKey(u"stuck"_s).value();
    QTRY_VERIFY_WITH_TIMEOUT(activity.statsFor(0, stuckKey).has_value() &&
                                 activity.statsFor(0, stuckKey)->acquisitions == 1,
                             10000);

    run = ctl(QStringList{u"locks"_s, u"--json"_s} + cluster, environment);
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains("\"stuck\""), run.out.constData());
    run = ctl(QStringList{u"release"_s, u"stuck"_s, u"--yes"_s} + cluster, environment);
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const OpResult gone = client.get(stuckKey);
    QCOMPARE(gone.outcome, Outcome::NotFound);

    // activity, the command: streams from the server for a few seconds.
    run = ctl(QStringList{u"activity"_s, u"--duration"_s, u"3"_s} + cluster, environment);
    QVERIFY2(run.code == 0, qPrintable(run.err));
}

void TestSecurity::eachWrongSettingFailsClearly_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("says");
    const QStringList alice{u"--user"_s, u"alice"_s};
    const QString good = QString::fromLatin1(Password);
    QTest::newRow("no CA") << m_tls.spec() << QStringList{u"--tls"_s} << good
                           << u"is not signed by a CA in the system's CA store"_s;
    QTest::newRow("wrong name") << m_wrongName.spec() << tlsArgs() << good
                                << u"not for this name (it names wrong.example)"_s;
    QTest::newRow("expired") << m_expired.spec() << tlsArgs() << good
                             << u"certificate expired on 2000-01-02"_s;
    QTest::newRow("no client certificate")
        << m_clientCert.spec() << tlsArgs() << good << u"requires a client certificate"_s;
    QTest::newRow("client certificate from another CA")
        << m_clientCert.spec()
        << tlsArgs() + QStringList{u"--tls-cert"_s, pki(u"untrusted-client.crt"_s), u"--tls-key"_s,
                                   pki(u"untrusted-client.key"_s)}
        << good << u"does not trust our client certificate"_s;
    QTest::newRow("wrong password")
        << m_auth.spec() << alice << u"not-it"_s << u"refused user \"alice\""_s;
    QTest::newRow("wrong password over TLS")
        << m_tlsAuth.spec() << tlsArgs() + alice << u"not-it"_s << u"wrong user or password"_s;
    QTest::newRow("no user") << m_auth.spec() << QStringList{} << good
                             << u"requires authentication (memcached -Y)"_s;
    QTest::newRow("plain to a TLS port") << m_tls.spec() << QStringList{} << good << u"TLS"_s;
    QTest::newRow("TLS to a plain port")
        << m_plain.spec() << tlsArgs() << good << u"does not speak TLS on this port"_s;
}

void TestSecurity::eachWrongSettingFailsClearly()
{
    QFETCH(QString, server);
    QFETCH(QStringList, args);
    QFETCH(QString, password);
    QFETCH(QString, says);
    const QStringList cluster = QStringList{u"--servers"_s, server} + args;
    const QList<QStringList> commands{
        {u"servers"_s},
        {u"locks"_s},
        {u"set"_s, u"k"_s, u"v"_s},
        {u"get"_s, u"k"_s},
        {u"release"_s, u"nightly"_s, u"--yes"_s},
        {u"activity"_s, u"--duration"_s, u"1"_s},
        {u"run"_s, u"--lock"_s, u"nightly"_s},
    };
    for (const QStringList& command : commands) {
        QStringList args = command + cluster;
        if (command.first() == u"run")
            args += QStringList{u"--"_s, u"true"_s};
        const CtlRun run = ctl(args, env(password));
        const QString what = command.first() + u": "_s + run.err;
        QVERIFY2(run.code != 0, qPrintable(what));
        QVERIFY2(run.err.contains(server), qPrintable(what));
        QVERIFY2(run.err.contains(says), qPrintable(what));
        QVERIFY2(!run.err.contains(u"protocol error"_s), qPrintable(what));
        QVERIFY2(!run.err.contains(QString::fromLatin1(Password)), qPrintable(what));
        QVERIFY2(!run.err.contains(password) && !run.out.contains(password.toUtf8()),
                 qPrintable(what));
    }
}

void TestSecurity::credentialsGoOnlyToServersThatAskForThem()
{
    // A plain server given a user: "version" shows it needs none, and the
    // password is never sent (it would be stored as an item).
    const CtlRun run = ctl(
        {u"set"_s, u"k"_s, u"v"_s, u"--servers"_s, m_plain.spec(), u"--user"_s, u"alice"_s}, env());
    QVERIFY2(run.code == 0, qPrintable(run.err));
    for (const QStringList& command :
         {QStringList{u"servers"_s}, QStringList{u"activity"_s, u"--duration"_s, u"1"_s}}) {
        const CtlRun inspected = ctl(
            command + QStringList{u"--servers"_s, m_plain.spec(), u"--user"_s, u"alice"_s}, env());
        QVERIFY2(inspected.code == 0, qPrintable(inspected.err));
    }
    QVERIFY(!m_plain.keys().contains("lockboard-auth"));
    QVERIFY(!m_plain.command("get lockboard-auth\r\n", "END\r\n").contains(Password));
    QCOMPARE(m_plain.command("get lockboard-auth\r\n", "END\r\n"), "END\r\n"_ba);
}

void TestSecurity::everyNewConnectionAuthenticatesAgain()
{
    // The client: after a restart the next operation connects afresh and
    // authenticates (libmemcached would reconnect without, and read misses).
    Profile profile;
    profile.name = u"auth"_s;
    profile.servers = {*ServerSpec::parse(m_auth.spec())};
    const ClientOptions secured = options({u"--user"_s, u"alice"_s});
    Client client(profile, secured);
    QCOMPARE(client.set("before", "1").outcome, Outcome::Stored);
    QVERIFY(m_auth.restart());
    const OpResult first = client.set("after", "2");
    if (first.outcome != Outcome::Stored) // the old connection is found broken, once
        QVERIFY2(isUnavailable(first.outcome), qPrintable(first.message));
    QCOMPARE(client.set("after", "2").outcome, Outcome::Stored);
    const OpResult read = client.get("after");
    QCOMPARE(read.outcome, Outcome::Found);
    QCOMPARE(read.value, "2"_ba);

    // The inspector's connection: up again after the restart.
    ClusterInspector inspector(profile, secured);
    QSignalSpy ready(&inspector, &ClusterInspector::snapshotReady);
    inspector.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
    QVERIFY(ready.at(0).at(0).value<ClusterSnapshot>().servers.at(0).authenticated);
    QVERIFY(m_auth.restart());
    for (int attempt = 2; attempt <= 3; ++attempt) {
        inspector.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), attempt, 10000);
    }
    const ServerHealth after = ready.last().at(0).value<ClusterSnapshot>().servers.at(0);
    QVERIFY2(after.up && after.authenticated, qPrintable(after.errorText()));
}

void TestSecurity::unixSocketAndBlackholedServers()
{
    // Authentication over a unix socket: the inspector and the client.
    MemcachedServer local;
    QVERIFY2(local.startUnix(m_dir.filePath(u"auth.sock"_s), {u"-Y"_s, m_authFile}),
             qPrintable(local.errorString()));
    const QStringList alice{u"--user"_s, u"alice"_s};
    CtlRun run =
        ctl(QStringList{u"servers"_s, u"--json"_s, u"--servers"_s, local.spec()} + alice, env());
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY(QJsonDocument::fromJson(run.out).array().at(0)[u"authenticated"_s].toBool());
    run = ctl(QStringList{u"set"_s, u"over-unix"_s, u"1"_s, u"--servers"_s, local.spec()} + alice,
              env());
    QVERIFY2(run.code == 0, qPrintable(run.err));

    // A TLS and authenticating server behind a blackhole: every entry point
    // gives up within its timeouts and says so; nothing waits forever.
    lockboard::test::FaultProxy proxy(m_tlsAuth.port());
    proxy.setMode(lockboard::test::FaultProxy::Mode::Blackhole);
    const QStringList cluster = QStringList{u"--servers"_s, proxy.spec(),   u"--connect-timeout"_s,
                                            u"500"_s,       u"--timeout"_s, u"500"_s} +
                                tlsArgs() + alice;
    for (const QStringList& command :
         {QStringList{u"servers"_s}, QStringList{u"get"_s, u"k"_s}, QStringList{u"locks"_s}}) {
        run = ctl(command + cluster, env());
        QVERIFY2(run.code != 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(proxy.spec()) && run.err.contains(u"timeout"_s),
                 qPrintable(run.err));
    }

    // A server that does not speak memcached, to a profile that logs in: the
    // handshake says so, and the credentials are not sent.
    lockboard::test::FaultProxy garbage(m_auth.port());
    garbage.setMode(lockboard::test::FaultProxy::Mode::Garbage);
    for (const QStringList& command : {QStringList{u"servers"_s}, QStringList{u"get"_s, u"k"_s}}) {
        run = ctl(command + QStringList{u"--servers"_s, garbage.spec()} + alice, env());
        QVERIFY2(run.code != 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(garbage.spec()) && run.err.contains(u"is it memcached?"_s),
                 qPrintable(run.err));
    }
}

void TestSecurity::serversThatRefuseWalksAndWatching()
{
    // Behind TLS and authentication, -X and -W are still told apart from a
    // refused login: names mode, and a watch refused because of -W.
    MemcachedServer refusing;
    QVERIFY2(
        refusing.start(tlsServer(u"server"_s) + QStringList{u"-Y"_s, m_authFile, u"-X"_s, u"-W"_s}),
        qPrintable(refusing.errorString()));
    const QStringList cluster =
        QStringList{u"--servers"_s, refusing.spec(), u"--user"_s, u"alice"_s} + tlsArgs();
    CtlRun run = ctl(QStringList{u"servers"_s, u"--json"_s} + cluster, env());
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const QJsonObject health = QJsonDocument::fromJson(run.out).array().at(0).toObject();
    QVERIFY(health[u"authenticated"_s].toBool());
    run = ctl(QStringList{u"locks"_s, u"--json"_s} + cluster, env());
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(u"memcached -X"_s), qPrintable(run.err));
    run = ctl(QStringList{u"activity"_s, u"--duration"_s, u"1"_s} + cluster, env());
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(u"memcached -W"_s), qPrintable(run.err));
    QVERIFY(!run.err.contains(u"requires authentication"_s));
}

void TestSecurity::passwordSources()
{
    const QStringList cluster{u"servers"_s, u"--servers"_s, m_auth.spec(), u"--user"_s, u"alice"_s};
    const QString file = m_dir.filePath(u"password"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(Password + "\n"_ba);
    out.close();

    // Readable by others: refused, with the mode and the fix.
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                            QFile::ReadOther));
    CtlRun run = ctl(cluster + QStringList{u"--password-file"_s, file}, env(QString()));
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(u"mode 644"_s) && run.err.contains(u"chmod 600"_s),
             qPrintable(run.err));

    // Private: used (and its line end is not part of the password).
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner));
    run = ctl(cluster + QStringList{u"--password-file"_s, file, u"--json"_s}, env(QString()));
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY(QJsonDocument::fromJson(run.out).array().at(0)[u"authenticated"_s].toBool());

    // A missing file says so.
    run = ctl(cluster + QStringList{u"--password-file"_s, file + u".missing"_s}, env(QString()));
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(u"does not exist"_s), qPrintable(run.err));

    // A password that memcached could never match is refused before sending.
    run = ctl(cluster, env(u"two words"_s));
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(u"no spaces"_s), qPrintable(run.err));

    // There is no way to give the password on the command line (ps shows it).
    run = ctl(cluster + QStringList{u"--password"_s, QString::fromLatin1(Password)}, env());
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(u"Unknown option"_s), qPrintable(run.err));
}

void TestSecurity::noSecretInSettingsOrAuditLog()
{
    const QString file = m_dir.filePath(u"private-password"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(Password);
    out.close();
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner));

    // Paths given relative to the current directory are saved absolute.
    const QString relativeCa = QDir::current().relativeFilePath(pki(u"ca.crt"_s));
    QVERIFY(QFileInfo(relativeCa).isRelative());
    CtlRun run = ctl({u"profile"_s, u"save"_s, u"vault"_s, u"--servers"_s, m_tlsAuth.spec(),
                      u"--tls"_s, u"--tls-ca"_s, relativeCa, u"--user"_s, u"alice"_s,
                      u"--password-file"_s, QDir::current().relativeFilePath(file)},
                     env());
    QVERIFY2(run.code == 0, qPrintable(run.err));
    auto profile = ProfileStore(ini()).load(u"vault"_s);
    QVERIFY2(profile.ok(), profile.ok() ? "" : qPrintable(profile.error().message));
    QVERIFY(profile->tls.enabled);
    QCOMPARE(profile->tls.caFile, pki(u"ca.crt"_s));
    QCOMPARE(profile->authUser, u"alice"_s);
    QCOMPARE(profile->passwordFile, file);

    // The saved profile is enough (no $LOCKBOARD_PASSWORD): lock, release.
    Client client(*profile,
                  options({u"--tls"_s, u"--tls-ca"_s, pki(u"ca.crt"_s), u"--user"_s, u"alice"_s}));
    DistributedLock lock(client, u"audited"_s, {.ttl = 300});
    QVERIFY(lock.acquire().ok());
    run = ctl({u"release"_s, u"audited"_s, u"--yes"_s, u"--profile"_s, u"vault"_s}, env(QString()));
    QVERIFY2(run.code == 0, qPrintable(run.err));

    QFile settings(ini());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray saved = settings.readAll();
    QVERIFY(saved.contains("authUser=alice"));
    QVERIFY(!saved.contains(Password));

    QFile audit(m_dir.filePath(u"audit.jsonl"_s));
    QVERIFY(audit.open(QIODevice::ReadOnly));
    const QByteArray log = audit.readAll();
    QVERIFY(!log.contains(Password));
    const QList<QByteArray> lines = log.trimmed().split('\n');
    const QJsonObject last = QJsonDocument::fromJson(lines.last()).object();
    QCOMPARE(last[u"outcome"_s].toString(), u"released"_s);
    QCOMPARE(last[u"auth_user"_s].toString(), u"alice"_s);
    QVERIFY(!last[u"user"_s].toString().isEmpty()); // the OS user, next to it
}

void TestSecurity::noSecretInProcessListings()
{
    // The real program, holding a lock while its command runs: no process's
    // command line (what ps shows) holds the password, and neither does the
    // command's environment ($LOCKBOARD_PASSWORD stays with lockboardctl).
    QProcess ctl;
    QProcessEnvironment environment = env();
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    ctl.setProcessEnvironment(environment);
    const QString started = m_dir.filePath(u"started"_s);
    ctl.start(QStringLiteral(LOCKBOARD_CTL),
              QStringList{u"run"_s, u"--lock"_s, u"listed"_s, u"--servers"_s, m_tlsAuth.spec()} +
                  tlsArgs() +
                  QStringList{u"--user"_s, u"alice"_s, u"--"_s, u"sh"_s, u"-c"_s,
                              u"touch '%1'; sleep 30"_s.arg(started)});
    QVERIFY(ctl.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(started), 20000);
    const QByteArray secret(Password);
    int processes = 0;
    bool sawCommand = false;
    const QStringList pids = QDir(u"/proc"_s).entryList(QDir::Dirs);
    for (const QString& pid : pids) {
        if (!pid.front().isDigit())
            continue;
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QByteArray args = cmdline.readAll();
        ++processes;
        QVERIFY2(!args.contains(secret), args.constData());
        // The command (sh execs its last command, sleep): the process whose
        // environment has the lock's key.
        QFile environ(u"/proc/%1/environ"_s.arg(pid));
        if (!environ.open(QIODevice::ReadOnly))
            continue;
        const QByteArray variables = environ.readAll();
        if (variables.contains("LOCKBOARD_LOCK_KEY=:1:__d_lock_listed")) {
            sawCommand = true;
            QVERIFY(!variables.contains(secret));
        }
    }
    QVERIFY(processes > 3);
    QVERIFY(sawCommand);
    ctl.terminate(); // passed on to the command; the lock is released
    QVERIFY(ctl.waitForFinished(20000));
}

void TestSecurity::badSettingsAreRefusedBeforeConnecting_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    QTest::newRow("certificate without key")
        << QStringList{u"--tls"_s, u"--tls-cert"_s, pki(u"client.crt"_s)} << u"without its key"_s;
    QTest::newRow("missing CA file")
        << QStringList{u"--tls-ca"_s, pki(u"nope.crt"_s)} << u"does not exist"_s;
    QTest::newRow("TLS to a unix socket")
        << QStringList{u"--servers"_s, u"unix:/tmp/memcached.sock"_s, u"--tls"_s}
        << u"TLS is for TCP servers"_s;
    QTest::newRow("user with a space") << QStringList{u"--user"_s, u"al ice"_s} << u"no spaces"_s;
}

void TestSecurity::badSettingsAreRefusedBeforeConnecting()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    if (!args.contains(u"--servers"_s))
        args += QStringList{u"--servers"_s, m_tls.spec()};
    const CtlRun run = ctl(QStringList{u"servers"_s} + args, env());
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(says), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
