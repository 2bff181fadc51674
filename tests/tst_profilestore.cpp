#include "core/config/ProfileStore.h"

#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lockboard;

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void saveLoadRemove();
    void brokenProfileNamesFile();
    void badRecipeNamesItsProfile();
    void badNames();
    void precedence();
    void noServers();
    void overrideErrorsNameTheirSource();
    void clientOptionValues();

private:
    Profile sample(const QString& name, const QString& servers) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"lockboard.conf"_s);
}

Profile TestProfileStore::sample(const QString& name, const QString& servers) const
{
    Profile profile;
    profile.name = name;
    profile.servers = *ServerSpec::parseList(servers);
    profile.client = ClientLibrary::PylibmcKetama;
    profile.keys = KeyScheme(u"shop"_s, 3, u"lk_"_s);
    profile.readOnly = true;
    return profile;
}

void TestProfileStore::saveLoadRemove()
{
    ProfileStore store(m_path);
    QVERIFY(store.names().isEmpty());
    Profile prod = sample(u"prod"_s, u"10.0.0.1:11211,[::1]:11212:2,unix:/tmp/mc.sock"_s);
    // What an import from Django adds: the client's options and where they came from.
    prod.clientOptions = QJsonObject{{u"default_noreply"_s, false},
                                     {u"behaviors"_s, QJsonObject{{u"ketama"_s, true}}}};
    prod.origin = u"Django settings shop.settings, cache \"default\""_s;
    // Several lock recipes, one with a comma and a quote in its pattern.
    prod.recipes = LockRecipe::parseList({u"django"_s, u"laravel@php-memcached"_s,
                                          u"custom@dalli=jobs,\"x\"/{name}"_s})
                       .value();
    QVERIFY(store.save(prod).ok());
    QVERIFY(store.save(sample(u"staging"_s, u"s:1"_s)).ok());
    QCOMPARE(store.names(), QStringList({u"prod"_s, u"staging"_s}));

    // A second store on the same file sees what the first wrote.
    const auto loaded = ProfileStore(m_path).load(u"prod"_s);
    QVERIFY(loaded.ok());
    QCOMPARE(*loaded, prod);

    QVERIFY(store.remove(u"prod"_s).ok());
    QCOMPARE(store.names(), QStringList({u"staging"_s}));
    const auto gone = store.load(u"prod"_s);
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().kind, ErrorKind::NotFound);
    QVERIFY(gone.error().message.contains(m_path));
    QVERIFY(!store.remove(u"prod"_s).ok());
}

void TestProfileStore::brokenProfileNamesFile()
{
    {
        QSettings settings(m_path, QSettings::IniFormat);
        settings.setValue(u"profiles/bad/servers"_s, u"a:1,b:99999"_s);
    }
    const auto loaded = ProfileStore(m_path).load(u"bad"_s);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().message.contains(u"profile \"bad\" in "_s + m_path),
             qPrintable(loaded.error().message));
    QVERIFY(loaded.error().message.contains(u"b:99999"_s));
}

void TestProfileStore::badRecipeNamesItsProfile()
{
    {
        QSettings settings(m_path, QSettings::IniFormat);
        settings.setValue(u"profiles/odd/servers"_s, u"a:1"_s);
        settings.setValue(u"profiles/odd/lockRecipes"_s, QStringList{u"custom=nothing"_s});
    }
    const auto loaded = ProfileStore(m_path).load(u"odd"_s);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().message.contains(u"profile \"odd\" in "_s + m_path) &&
                 loaded.error().message.contains(u"lockRecipes"_s) &&
                 loaded.error().message.contains(u"{name}"_s),
             qPrintable(loaded.error().message));
}

void TestProfileStore::badNames()
{
    ProfileStore store(m_path);
    QVERIFY(!store.save(sample(u"a/b"_s, u"s:1"_s)).ok());
    QVERIFY(!store.save(sample(QString(), u"s:1"_s)).ok());
    QVERIFY(store.names().isEmpty());
}

void TestProfileStore::precedence()
{
    ProfileStore store(m_path);
    QVERIFY(store.save(sample(u"default"_s, u"d:1"_s)).ok());
    QVERIFY(store.save(sample(u"prod"_s, u"p:1,p:2"_s)).ok());
    Environment env;
    env.insert(u"LOCKBOARD_SERVERS"_s, u"e:1"_s);

    ProfileOverrides none;
    // $LOCKBOARD_SERVERS beats the default profile's servers, not its settings.
    auto resolved = none.resolve(store, env);
    QVERIFY(resolved.ok());
    QCOMPARE(serverListText(resolved->servers), u"e:1"_s);
    QCOMPARE(resolved->client, ClientLibrary::PylibmcKetama);
    QCOMPARE(resolved->keys.keyPrefix(), u"shop"_s);

    // Without the variable, the default profile.
    resolved = none.resolve(store, Environment());
    QCOMPARE(serverListText(resolved->servers), u"d:1"_s);

    // An explicit --profile beats the environment.
    ProfileOverrides chosen;
    chosen.profile = u"prod"_s;
    resolved = chosen.resolve(store, env);
    QCOMPARE(serverListText(resolved->servers), u"p:1,p:2"_s);
    QCOMPARE(resolved->name, u"prod"_s);

    // --servers beats everything; options beat the profile's settings.
    chosen.servers = u"o:1"_s;
    chosen.client = u"pymemcache"_s;
    chosen.keyPrefix = QString();
    chosen.keyVersion = u"9"_s;
    chosen.readOnly = false;
    resolved = chosen.resolve(store, env);
    QCOMPARE(serverListText(resolved->servers), u"o:1"_s);
    QCOMPARE(resolved->client, ClientLibrary::Pymemcache);
    QCOMPARE(resolved->keys.keyPrefix(), QString());
    QCOMPARE(resolved->keys.version(), 9);
    QCOMPARE(resolved->keys.lockPrefix(), u"lk_"_s);
    QCOMPARE(resolved->readOnly, false);

    // No saved profiles at all: built-in defaults.
    ProfileOverrides servers;
    servers.servers = u"x:1"_s;
    resolved = servers.resolve(ProfileStore(m_dir->filePath(u"empty.conf"_s)), Environment());
    QCOMPARE(resolved->client, ClientLibrary::PythonMemcached);
    QCOMPARE(resolved->keys, KeyScheme());
    QCOMPARE(resolved->readOnly, false);
}

void TestProfileStore::noServers()
{
    const auto resolved = ProfileOverrides().resolve(ProfileStore(m_path), Environment());
    QVERIFY(!resolved.ok());
    QVERIFY(resolved.error().message.contains(u"no servers"_s));
}

void TestProfileStore::overrideErrorsNameTheirSource()
{
    ProfileStore store(m_path);
    Environment env;
    env.insert(u"LOCKBOARD_SERVERS"_s, u"e:x"_s);
    auto resolved = ProfileOverrides().resolve(store, env);
    QVERIFY(resolved.error().message.startsWith(u"LOCKBOARD_SERVERS: "_s));

    ProfileOverrides bad;
    bad.servers = u"a:1"_s;
    bad.client = u"memcachier"_s;
    resolved = bad.resolve(store, env);
    QVERIFY2(
        resolved.error().message.startsWith(u"--client: unknown client library \"memcachier\""_s),
        qPrintable(resolved.error().message));

    bad.client.reset();
    bad.keyVersion = u"one"_s;
    resolved = bad.resolve(store, env);
    QVERIFY2(resolved.error().message.contains(u"--key-version"_s),
             qPrintable(resolved.error().message));

    ProfileOverrides missing;
    missing.profile = u"nope"_s;
    resolved = missing.resolve(store, env);
    QCOMPARE(resolved.error().kind, ErrorKind::NotFound);
}

void TestProfileStore::clientOptionValues()
{
    QJsonObject options{{u"behaviors"_s, QJsonObject{{u"ketama"_s, true}}}};
    // JSON when it is JSON, else the text; nested names keep their siblings.
    QVERIFY(setClientOption(options, ClientLibrary::PylibmcKetama, u"behaviors.auto_eject=1"_s));
    QCOMPARE(options, (QJsonObject{{u"behaviors"_s,
                                    QJsonObject{{u"ketama"_s, true}, {u"auto_eject"_s, 1}}}}));
    QVERIFY(setClientOption(options, ClientLibrary::PylibmcKetama, u"behaviors.auto_eject="_s));
    QCOMPARE(options, (QJsonObject{{u"behaviors"_s, QJsonObject{{u"ketama"_s, true}}}}));
    QJsonObject pymemcache;
    QVERIFY(setClientOption(pymemcache, ClientLibrary::Pymemcache, u"retry_attempts=1e9"_s));
    QVERIFY(setClientOption(pymemcache, ClientLibrary::Pymemcache, u"ignore_exc=true"_s));
    QCOMPARE(pymemcache, (QJsonObject{{u"retry_attempts"_s, 1e9}, {u"ignore_exc"_s, true}}));
    // Spaces around the name and value (the dialog's field) are not part of them;
    // a flag also takes a number, as PHP writes it.
    QJsonObject dalli;
    QVERIFY(setClientOption(dalli, ClientLibrary::Dalli, u" failover = false "_s));
    QCOMPARE(dalli, (QJsonObject{{u"failover"_s, false}}));
    QVERIFY(setClientOption(dalli, ClientLibrary::Dalli, u"failover=0"_s));
    QCOMPARE(dalli, (QJsonObject{{u"failover"_s, 0}}));
    // Refused, and nothing changed.
    const QJsonObject before = pymemcache;
    const Status unknown = setClientOption(pymemcache, ClientLibrary::Pymemcache, u"retries=3"_s);
    QVERIFY(!unknown);
    QVERIFY2(unknown.error().message.contains(u"retry_attempts"_s),
             qPrintable(unknown.error().message));
    QVERIFY(!setClientOption(pymemcache, ClientLibrary::Pymemcache, u"=3"_s));
    // A value the readers would ignore: Python's spelling, text, a flag for a number.
    for (const QString& bad :
         {u"ignore_exc=True"_s, u"ignore_exc=yes"_s, u"ignore_exc=\"1\""_s,
          u"retry_attempts=true"_s, u"retry_attempts=lots"_s, u"dead_timeout={}"_s}) {
        const Status refused = setClientOption(pymemcache, ClientLibrary::Pymemcache, bad);
        QVERIFY2(!refused, qPrintable(bad));
        QVERIFY2(refused.error().message.contains(u"takes"_s), qPrintable(refused.error().message));
    }
    QVERIFY(!setClientOption(pymemcache, ClientLibrary::Gomemcache, u"retry_attempts=3"_s));
    QCOMPARE(pymemcache, before);
    // The dialog's text reads back as it was written; an imported text value
    // is shown as JSON text, and refused if given back unchanged.
    QJsonObject imported{{u"retry_attempts"_s, u"3"_s}, {u"ignore_exc"_s, true}, {u"pool"_s, 4}};
    QCOMPARE(clientOptionsText(imported, ClientLibrary::Pymemcache),
             u"retry_attempts=\"3\", ignore_exc=true"_s);
    QVERIFY(!setClientOptionsText(imported, ClientLibrary::Pymemcache,
                                  clientOptionsText(imported, ClientLibrary::Pymemcache)));
    QVERIFY(setClientOptionsText(imported, ClientLibrary::Pymemcache,
                                 u"retry_attempts=1e9, ignore_exc=false"_s));
    QCOMPARE(imported,
             (QJsonObject{{u"retry_attempts"_s, 1e9}, {u"ignore_exc"_s, false}, {u"pool"_s, 4}}));
    QCOMPARE(clientOptionsText(imported, ClientLibrary::Pymemcache),
             u"retry_attempts=1000000000, ignore_exc=false"_s);
    // Every library's names are accepted for it.
    for (const ClientLibrary library : allClientLibraries())
        for (const QString& name : clientOptionNames(library)) {
            QJsonObject set;
            QVERIFY2(setClientOption(set, library, name + u"=1"_s), qPrintable(name));
            QVERIFY(!set.isEmpty());
        }
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
