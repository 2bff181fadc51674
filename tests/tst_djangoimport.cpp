// lockboardctl profile import-django against a real Django project (tests/django,
// copied into a temporary directory) run by Debian's python3 and Django 3.2:
// the imported profiles put keys where the project's own cache puts them.
#include "core/config/ProfileStore.h"
#include "core/placement/Placement.h"
#include "tests/support/CtlRun.h"
#include "tests/support/DjangoProject.h"
#include "tests/support/MemcachedServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <array>

using namespace Qt::StringLiterals;
using namespace lockboard;
using lockboard::test::CtlRun;
using lockboard::test::MemcachedServer;

class TestDjangoImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void importsEveryMemcachedAlias();
    void keysLandWhereTheProjectPutsThem_data();
    void keysLandWhereTheProjectPutsThem();
    void locksTakenThroughTheProjectAreListed_data();
    void locksTakenThroughTheProjectAreListed();
    void oneAliasUnderItsOwnName();
    void refusesWhatItCannotReproduce_data();
    void refusesWhatItCannotReproduce();
    void refusesABadServerInLocation();
    void neverOverwritesUnasked();
    void readsWithoutConnecting();

private:
    QProcessEnvironment environment() const;
    CtlRun import(const QStringList& extra = {}, const QString& settings = u"shop.settings"_s,
                  const QProcessEnvironment& env = {}) const;
    QString runApp(const QStringList& args) const;

    std::array<MemcachedServer, 3> m_servers;
    QTemporaryDir m_project;
    QTemporaryDir m_home;
    QString m_memcached;    // APP_MEMCACHED: "s0;s1,s2"
    QString m_lockServers;  // APP_LOCK_SERVERS: "s2,s0"
    QString m_settingsFile; // the profile store
};

QProcessEnvironment TestDjangoImport::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"APP_MEMCACHED"_s, m_memcached);
    env.insert(u"APP_LOCK_SERVERS"_s, m_lockServers);
    env.insert(u"APP_KEY_PREFIX"_s, u"shop"_s);
    env.insert(u"APP_CACHE_VERSION"_s, u"3"_s);
    env.remove(u"DJANGO_SETTINGS_MODULE"_s);
    return env;
}

CtlRun TestDjangoImport::import(const QStringList& extra, const QString& settings,
                                const QProcessEnvironment& env) const
{
    QStringList args{u"profile"_s,      u"import-django"_s,
                     u"--python"_s,     qEnvironmentVariable("LOCKBOARD_PYTHON"),
                     u"--settings"_s,   settings,
                     u"--pythonpath"_s, m_project.path()};
    return lockboard::test::runCtl(args + extra, m_settingsFile,
                                   env.isEmpty() ? environment() : env);
}

QString TestDjangoImport::runApp(const QStringList& args) const
{
    QProcess python;
    python.setProcessEnvironment(environment());
    python.start(qEnvironmentVariable("LOCKBOARD_PYTHON"),
                 QStringList{m_project.filePath(u"app.py"_s)} + args);
    if (!python.waitForFinished(60'000) || python.exitCode() != 0)
        return u"failed: "_s + QString::fromUtf8(python.readAllStandardError());
    return QString::fromUtf8(python.readAllStandardOutput()).trimmed();
}

void TestDjangoImport::initTestCase()
{
    QVERIFY(!qEnvironmentVariableIsEmpty("LOCKBOARD_PYTHON"));
    QVERIFY(m_project.isValid() && m_home.isValid());
    for (MemcachedServer& server : m_servers)
        QVERIFY2(server.start(), qPrintable(server.errorString()));
    m_memcached = m_servers[0].spec() + u';' + m_servers[1].spec() + u',' + m_servers[2].spec();
    m_lockServers = m_servers[2].spec() + u',' + m_servers[0].spec();
    m_settingsFile = m_home.filePath(u"lockboard.conf"_s);

    QVERIFY(lockboard::test::copyDjangoProject(m_project.path()));
}

void TestDjangoImport::init()
{
    QFile::remove(m_settingsFile);
    for (MemcachedServer& server : m_servers)
        QCOMPARE(server.command("flush_all\r\n"), QByteArray("OK\r\n"));
}

void TestDjangoImport::importsEveryMemcachedAlias()
{
    const CtlRun run = import();
    QVERIFY2(run.code == 0, qPrintable(run.err));
    // Django's own deprecation warning for MemcachedCache is passed on.
    QVERIFY2(run.err.contains(u"warning: cache \"locks\": MemcachedCache is deprecated"_s),
             qPrintable(run.err));

    const ProfileStore store(m_settingsFile);
    QCOMPARE(store.names(), (QStringList{u"default"_s, u"locks"_s, u"ring"_s, u"sessions"_s}));
    const auto fromDjango = [&](const QString& name) {
        auto profile = store.load(name);
        return profile ? *profile : Profile{};
    };
    const Profile byDefault = fromDjango(u"default"_s);
    QCOMPARE(byDefault.client, ClientLibrary::Pymemcache);
    QCOMPARE(serverListText(byDefault.servers), QString(m_memcached).replace(u';', u','));
    QCOMPARE(byDefault.keys.keyPrefix(), u"shop"_s);
    QCOMPARE(byDefault.keys.version(), 3); // "3" from the environment
    // Django's defaults for PyMemcacheCache, merged with the (empty) OPTIONS.
    QCOMPARE(byDefault.clientOptions.value(u"default_noreply"_s), QJsonValue(false));
    QCOMPARE(byDefault.clientOptions.value(u"allow_unicode_keys"_s), QJsonValue(true));
    QVERIFY(byDefault.origin.contains(u"shop.settings"_s));

    const Profile locks = fromDjango(u"locks"_s);
    QCOMPARE(locks.client, ClientLibrary::PythonMemcached);
    QCOMPARE(serverListText(locks.servers), m_lockServers);
    QCOMPARE(locks.keys.keyPrefix(), u"shoplocks"_s);

    QCOMPARE(fromDjango(u"sessions"_s).client, ClientLibrary::Pylibmc);
    QCOMPARE(fromDjango(u"sessions"_s).keys.version(), 1);
    QCOMPARE(fromDjango(u"ring"_s).client, ClientLibrary::PylibmcKetama);
}

void TestDjangoImport::keysLandWhereTheProjectPutsThem_data()
{
    QTest::addColumn<QString>("alias");
    for (const QString& alias : {u"default"_s, u"locks"_s, u"sessions"_s, u"ring"_s})
        QTest::newRow(qPrintable(alias)) << alias;
}

void TestDjangoImport::keysLandWhereTheProjectPutsThem()
{
    QFETCH(QString, alias);
    const CtlRun run = import();
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const auto profile = ProfileStore(m_settingsFile).load(alias);
    QVERIFY2(profile, qPrintable(profile ? QString() : profile.error().message));

    constexpr int Keys = 120;
    QCOMPARE(runApp({u"set"_s, alias, QString::number(Keys)}), QString::number(Keys));

    // Where the imported profile says each key lives, against where it is.
    QList<QSet<QByteArray>> expected(profile->servers.size());
    const auto placement = Placement::create(profile->client, profile->servers);
    for (int i = 0; i < Keys; ++i) {
        const auto key = profile->keys.cacheKey(u"k%1"_s.arg(i));
        QVERIFY(key);
        expected[placement->home(*key)].insert(*key);
    }
    int used = 0;
    for (int index = 0; index < profile->servers.size(); ++index) {
        const QString name = profile->servers[index].name();
        const auto server =
            std::find_if(m_servers.begin(), m_servers.end(),
                         [&](const MemcachedServer& s) { return s.spec() == name; });
        QVERIFY(server != m_servers.end());
        QCOMPARE(server->keys(), expected[index]);
        used += expected[index].isEmpty() ? 0 : 1;
    }
    QCOMPARE(used, profile->servers.size()); // every server got keys: the check means something
}

void TestDjangoImport::locksTakenThroughTheProjectAreListed_data()
{
    QTest::addColumn<QString>("alias");
    QTest::addColumn<QString>("key");
    QTest::newRow("default") << u"default"_s << u"shop:3:__d_lock_nightly-report"_s;
    QTest::newRow("locks") << u"locks"_s << u"shoplocks:3:__d_lock_nightly-report"_s;
    QTest::newRow("sessions") << u"sessions"_s << u"shop:1:__d_lock_nightly-report"_s;
    QTest::newRow("ring") << u"ring"_s << u":1:__d_lock_nightly-report"_s;
}

void TestDjangoImport::locksTakenThroughTheProjectAreListed()
{
    QFETCH(QString, alias);
    QFETCH(QString, key);
    QCOMPARE(import().code, 0);
    QCOMPARE(runApp({u"lock"_s, alias, u"nightly-report"_s}), u"true"_s);
    QCOMPARE(runApp({u"lock"_s, alias, u"nightly-report"_s}), u"false"_s); // it is held

    const CtlRun listed = lockboard::test::runCtl({u"locks"_s, u"--profile"_s, alias, u"--json"_s},
                                                  m_settingsFile, environment());
    QVERIFY2(listed.code == 0, qPrintable(listed.err));
    const QJsonArray locks = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(locks.size(), 1);
    const QJsonObject lock = locks.first().toObject();
    QCOMPARE(lock.value(u"name"_s).toString(), u"nightly-report"_s);
    QCOMPARE(lock.value(u"key"_s).toString(), key);
    QCOMPARE(lock.value(u"misplaced"_s).toBool(true), false);
    QVERIFY(lock.value(u"ttl"_s).toInt() > 100);
}

void TestDjangoImport::oneAliasUnderItsOwnName()
{
    const CtlRun run = import({u"--alias"_s, u"ring"_s, u"--name"_s, u"shop-ring"_s});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QCOMPARE(ProfileStore(m_settingsFile).names(), QStringList{u"shop-ring"_s});

    const CtlRun dry = import({u"--dry-run"_s, u"--json"_s});
    QCOMPARE(dry.code, 0);
    QCOMPARE(QJsonDocument::fromJson(dry.out).array().size(), 4);
    QCOMPARE(ProfileStore(m_settingsFile).names(), QStringList{u"shop-ring"_s}); // nothing saved

    // A dry run refuses a name a real import would refuse.
    const CtlRun badName =
        import({u"--alias"_s, u"ring"_s, u"--name"_s, u"no/slashes"_s, u"--dry-run"_s});
    QCOMPARE(badName.code, 2);
    QVERIFY2(badName.err.contains(u"bad profile name"_s), qPrintable(badName.err));

    const CtlRun twoNamed = import({u"--name"_s, u"x"_s});
    QCOMPARE(twoNamed.code, 2);
    QVERIFY2(twoNamed.err.contains(u"--name needs one alias"_s), qPrintable(twoNamed.err));
}

void TestDjangoImport::refusesWhatItCannotReproduce_data()
{
    QTest::addColumn<QString>("settings");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("said");
    QTest::newRow("settings module missing")
        << u"shop.settings_gone"_s << QStringList{} << u"'shop.settings_gone' not found"_s;
    QTest::newRow("settings fail") << u"shop.settings_broken"_s << QStringList{}
                                   << u"failed to import: KeyError: 'APP_SECRET_THAT_IS_NOT_SET'"_s;
    QTest::newRow("custom KEY_FUNCTION")
        << u"shop.settings_custom_key"_s << QStringList{}
        << u"KEY_FUNCTION shop.settings_custom_key.make_key is not Django's default"_s;
    QTest::newRow("no memcached") << u"shop.settings_local_only"_s << QStringList{}
                                  << u"configures no memcached cache"_s;
    QTest::newRow("non-memcached alias")
        << u"shop.settings"_s << QStringList{u"--alias"_s, u"local"_s}
        << u"LocMemCache is not a memcached backend"_s;
    QTest::newRow("no such alias") << u"shop.settings"_s << QStringList{u"--alias"_s, u"sesions"_s}
                                   << u"no cache alias sesions"_s;
    QTest::newRow("no python") << u"shop.settings"_s
                               << QStringList{u"--python"_s, u"/nonexistent/bin/python"_s}
                               << u"cannot run the project's Python /nonexistent/bin/python"_s;
}

void TestDjangoImport::refusesWhatItCannotReproduce()
{
    QFETCH(QString, settings);
    QFETCH(QStringList, extra);
    QFETCH(QString, said);
    const CtlRun run = import(extra, settings);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(said), qPrintable(run.err));
    QVERIFY(ProfileStore(m_settingsFile).names().isEmpty());
}

void TestDjangoImport::refusesABadServerInLocation()
{
    QProcessEnvironment env = environment();
    env.insert(u"APP_MEMCACHED"_s, u"127.0.0.1:11211;127.0.0.1:99999"_s);
    const CtlRun run = import({}, u"shop.settings"_s, env);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(u"cache \"default\" of shop.settings: server \"127.0.0.1:99999\" "
                              "of LOCATION"_s) &&
                 run.err.contains(u"out of range"_s),
             qPrintable(run.err));
    QVERIFY(ProfileStore(m_settingsFile).names().isEmpty()); // nothing saved
}

void TestDjangoImport::neverOverwritesUnasked()
{
    QCOMPARE(import({u"--alias"_s, u"locks"_s}).code, 0);
    ProfileStore store(m_settingsFile);
    Profile edited = *store.load(u"locks"_s);
    edited.readOnly = true;
    QVERIFY(store.save(edited));

    const CtlRun again = import();
    QCOMPARE(again.code, 2);
    QVERIFY2(again.err.contains(u"\"locks\" is already saved"_s), qPrintable(again.err));
    QCOMPARE(store.names(), QStringList{u"locks"_s}); // all or nothing: no other alias saved
    QCOMPARE(store.load(u"locks"_s)->readOnly, true);

    QCOMPARE(import({u"--replace"_s}).code, 0);
    QCOMPARE(store.names().size(), 4);
    QCOMPARE(store.load(u"locks"_s)->readOnly, false);
}

void TestDjangoImport::readsWithoutConnecting()
{
    // The settings name a listening socket that records every connection.
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    const QString spec = u"127.0.0.1:%1"_s.arg(listener.serverPort());
    QProcessEnvironment env = environment();
    env.insert(u"APP_MEMCACHED"_s, spec);
    env.insert(u"APP_LOCK_SERVERS"_s, spec);
    env.insert(u"APP_RISKY"_s, u"1"_s);
    const CtlRun run = import({}, u"shop.settings"_s, env);
    QVERIFY2(run.code == 0, qPrintable(run.err));
    // The reader has exited: a connection it made would be waiting now.
    QVERIFY(!listener.waitForNewConnection(0));
    QCOMPARE(ProfileStore(m_settingsFile).names().size(), 4);
}

QTEST_GUILESS_MAIN(TestDjangoImport)
#include "tst_djangoimport.moc"
