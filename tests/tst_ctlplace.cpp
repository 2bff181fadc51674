// lockboardctl place, run in-process on buffers.
#include "core/config/ProfileStore.h"
#include "core/placement/PythonMemcachedPlacement.h"
#include "tests/support/CtlRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lockboard;

namespace {

using Run = lockboard::test::CtlRun;

Run ctl(const QStringList& args, const QString& settings, const QProcessEnvironment& env = {})
{
    return lockboard::test::runCtl(args, settings, env);
}

} // namespace

class TestCtlPlace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void json();
    void pymemcacheHasNoRehash();
    void otherLanguages();
    void failoverFollowsClientOptions();
    void clientOptionsOnTheCommandLine();
    void rawAndKeyFunction();
    void table();
    void badInput_data();
    void badInput();
    void serversFromEnvironmentAndProfile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_settings;
};

void TestCtlPlace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = m_dir->filePath(u"lockboard.conf"_s);
}

void TestCtlPlace::json()
{
    const QString servers = u"127.0.0.1:11211,127.0.0.1:11212:3,[::1]:11213,unix:/tmp/mc.sock"_s;
    const Run run =
        ctl({u"place"_s, u"--json"_s, u"--servers"_s, servers, u"nightly"_s, u"é"_s}, m_settings);
    QCOMPARE(run.code, 0);
    QVERIFY(run.err.isEmpty());
    const QJsonArray rows = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(rows.size(), 2);

    const PythonMemcachedPlacement placement(*ServerSpec::parseList(servers));
    const QStringList names{u"127.0.0.1:11211"_s, u"127.0.0.1:11212"_s, u"[::1]:11213"_s,
                            u"unix:/tmp/mc.sock"_s};
    const QStringList keys{u"nightly"_s, u"é"_s};
    for (int i = 0; i < 2; ++i) {
        const QJsonObject row = rows[i].toObject();
        const QByteArray memcachedKey = (u":1:"_s + keys[i]).toUtf8();
        QCOMPARE(row[u"key"_s].toString(), keys[i]);
        QCOMPARE(row[u"memcached_key"_s].toString(), QString::fromUtf8(memcachedKey));
        QCOMPARE(row[u"client"_s].toString(), u"python-memcached"_s);
        const int home = placement.home(memcachedKey);
        QCOMPARE(row[u"index"_s].toInt(), home);
        // The server as written in the list, without its weight.
        QCOMPARE(row[u"server"_s].toString(), names[home]);

        const QList<int> attempts = placement.attempts(memcachedKey);
        const QJsonArray rehash = row[u"rehash"_s].toArray();
        QCOMPARE(rehash.size(), PythonMemcachedPlacement::ServerRetries - 1);
        for (int a = 0; a < rehash.size(); ++a)
            QCOMPARE(rehash[a].toString(), names[attempts[a + 1]]);
        const int fallback = placement.landing(memcachedKey, {home});
        QCOMPARE(row[u"if_home_down"_s].toString(), names[fallback]);
        QVERIFY(fallback != home);
    }
}

void TestCtlPlace::pymemcacheHasNoRehash()
{
    const Run run = ctl({u"place"_s, u"--json"_s, u"--client"_s, u"pymemcache"_s, u"--servers"_s,
                         u"a:1,b:2"_s, u"k"_s},
                        m_settings);
    QCOMPARE(run.code, 0);
    const QJsonObject row = QJsonDocument::fromJson(run.out).array().at(0).toObject();
    QCOMPARE(row[u"client"_s].toString(), u"pymemcache"_s);
    QVERIFY(!row.contains(u"rehash"_s));
    // pymemcache drops a dead home from its ring: the key goes to the other server.
    QCOMPARE(row[u"if_home_down"_s].toString(), row[u"index"_s].toInt() == 0 ? u"b:2"_s : u"a:1"_s);

    const Run pylibmc = ctl({u"place"_s, u"--json"_s, u"--client"_s, u"pylibmc"_s, u"--servers"_s,
                             u"a:1,b:2"_s, u"k"_s},
                            m_settings);
    QVERIFY(QJsonDocument::fromJson(pylibmc.out).array().at(0)[u"if_home_down"_s].isNull());
}

// The other languages' clients through place: dalli's rehash moves a key,
// PHP's memcached and gomemcache never send a non-ASCII key (and say why).
void TestCtlPlace::otherLanguages()
{
    const QString servers = u"a:1,b:2:3,c:3"_s;
    const auto list = *ServerSpec::parseList(servers);
    for (const ClientLibrary library :
         {ClientLibrary::PhpMemcached, ClientLibrary::PhpMemcachedKetama, ClientLibrary::Dalli,
          ClientLibrary::Gomemcache, ClientLibrary::NodeMemcached}) {
        const QString name = clientLibraryName(library);
        const Run run = ctl({u"place"_s, u"--json"_s, u"--raw"_s, u"--client"_s, name,
                             u"--servers"_s, servers, u"laravel_cache:nightly"_s, u"nächtlich"_s},
                            m_settings);
        QCOMPARE(run.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(rows.size(), 2);
        const auto placement = Placement::create(library, list);
        const int home = placement->home("laravel_cache:nightly");
        QCOMPARE(rows[0][u"client"_s].toString(), name);
        QCOMPARE(rows[0][u"index"_s].toInt(), home);
        QCOMPARE(rows[0][u"server"_s].toString(), list[home].name());
        QCOMPARE(rows[0][u"if_home_down"_s].isNull(), library != ClientLibrary::Dalli);
        const bool asciiOnly =
            library != ClientLibrary::Dalli && library != ClientLibrary::NodeMemcached;
        QCOMPARE(rows[1][u"server"_s].isNull(), asciiOnly);
        QCOMPARE(rows[1][u"refused"_s].toString().contains(u"printable ASCII"_s), asciiOnly);
    }
    // Node's memcached rewrites "$$" (and $&, $`, $') in a key on the wire; a lone "$" is fine.
    const Run node = ctl({u"place"_s, u"--json"_s, u"--raw"_s, u"--client"_s, u"node-memcached"_s,
                          u"--servers"_s, servers, u"jobs$$nightly"_s, u"jobs$nightly"_s},
                         m_settings);
    QCOMPARE(node.code, 0);
    const QJsonArray rows = QJsonDocument::fromJson(node.out).array();
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows[0][u"server"_s].isNull());
    QVERIFY2(rows[0][u"refused"_s].toString().contains(u"$$"_s),
             qPrintable(rows[0][u"refused"_s].toString()));
    QVERIFY(!rows[1][u"server"_s].isNull());
}

// A profile's client options decide where a key goes while its home is down:
// dalli with failover: false and pymemcache that never removes a server keep
// it home (it fails); pylibmc's ketama with auto_eject moves it to the ring of
// the live servers (the vectors check each against the real library).
void TestCtlPlace::failoverFollowsClientOptions()
{
    const QString servers = u"a:1,b:2,c:3,d:4"_s;
    const auto list = *ServerSpec::parseList(servers);
    struct Case
    {
        ClientLibrary library;
        QJsonObject options;
        bool moves;
    };
    const QList<Case> cases{
        {ClientLibrary::Dalli, {}, true},
        {ClientLibrary::Dalli, {{u"failover"_s, false}}, false},
        {ClientLibrary::Pymemcache, {}, true},
        {ClientLibrary::Pymemcache, {{u"retry_attempts"_s, 1e9}}, false},
        {ClientLibrary::PylibmcKetama, {}, false},
        {ClientLibrary::PylibmcKetama,
         {{u"behaviors"_s, QJsonObject{{u"auto_eject"_s, true}}}},
         true},
    };
    for (const Case& c : cases) {
        Profile profile;
        profile.name = u"app"_s;
        profile.servers = list;
        profile.client = c.library;
        profile.clientOptions = c.options;
        QVERIFY(ProfileStore(m_settings).save(profile).ok());
        const Run run =
            ctl({u"place"_s, u"--json"_s, u"--raw"_s, u"--profile"_s, u"app"_s, u"jobs:nightly"_s},
                m_settings);
        QCOMPARE(run.code, 0);
        const QJsonObject row = QJsonDocument::fromJson(run.out).array().at(0).toObject();
        const QString context = clientLibraryName(c.library) + u' ' +
                                QString::fromUtf8(QJsonDocument(c.options).toJson());
        QVERIFY2(row[u"if_home_down"_s].isNull() != c.moves, qPrintable(context));
        if (c.moves) {
            const QString home = row[u"server"_s].toString();
            QVERIFY2(row[u"if_home_down"_s].toString() != home, qPrintable(context));
        }
    }
    // --client naming another library: the profile's options were not written for it.
    Profile modula;
    modula.name = u"app"_s;
    modula.servers = list;
    modula.client = ClientLibrary::Pylibmc;
    modula.clientOptions = {{u"behaviors"_s, QJsonObject{{u"auto_eject"_s, true}}}};
    QVERIFY(ProfileStore(m_settings).save(modula).ok());
    const Run other = ctl({u"place"_s, u"--json"_s, u"--raw"_s, u"--profile"_s, u"app"_s,
                           u"--client"_s, u"pylibmc-ketama"_s, u"jobs:nightly"_s},
                          m_settings);
    QCOMPARE(other.code, 0);
    QVERIFY(QJsonDocument::fromJson(other.out).array().at(0)[u"if_home_down"_s].isNull());
}

void TestCtlPlace::clientOptionsOnTheCommandLine()
{
    // The same cases as the settings file's clientOptions, given with
    // --client-option: each changes "if home down", and profile save keeps it.
    const QStringList cluster{u"place"_s, u"--json"_s, u"--raw"_s, u"--servers"_s,
                              u"a:1,b:2,c:3,d:4"_s};
    const auto homeDown = [&](const QStringList& more) {
        const Run run = ctl(cluster + more + QStringList{u"jobs:nightly"_s}, m_settings);
        if (run.code != 0)
            qWarning("%s", qPrintable(run.err));
        return QJsonDocument::fromJson(run.out).array().at(0)[u"if_home_down"_s];
    };
    struct Case
    {
        QString client;
        QString option;
        bool movesWithout;
    };
    const QList<Case> cases{
        {u"dalli"_s, u"failover=false"_s, true},
        {u"pymemcache"_s, u"retry_attempts=1e9"_s, true},
        {u"pylibmc-ketama"_s, u"behaviors.auto_eject=true"_s, false},
        {u"php-memcached-ketama"_s, u"OPT_REMOVE_FAILED_SERVERS=true"_s, false},
        {u"node-memcached"_s, u"remove=true"_s, false},
    };
    for (const Case& c : cases) {
        const QStringList client{u"--client"_s, c.client};
        QCOMPARE(homeDown(client).isNull(), !c.movesWithout);
        QVERIFY2(homeDown(client + QStringList{u"--client-option"_s, c.option}).isNull() ==
                     c.movesWithout,
                 qPrintable(c.client + u' ' + c.option));
    }
    // "NAME=" takes a saved option away again.
    Run run = ctl({u"profile"_s, u"save"_s, u"rb"_s, u"--servers"_s, u"a:1,b:2,c:3,d:4"_s,
                   u"--client"_s, u"dalli"_s, u"--client-option"_s, u"failover=false"_s},
                  m_settings);
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QCOMPARE(ProfileStore(m_settings).load(u"rb"_s)->clientOptions,
             (QJsonObject{{u"failover"_s, false}}));
    QVERIFY(homeDown({u"--profile"_s, u"rb"_s}).isNull());
    QVERIFY(!homeDown({u"--profile"_s, u"rb"_s, u"--client-option"_s, u"failover="_s}).isNull());

    // A name Lockboard does not read is refused with the names it reads.
    run = ctl(cluster + QStringList{u"--client"_s, u"dalli"_s, u"--client-option"_s,
                                    u"failovr=false"_s, u"k"_s},
              m_settings);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(u"--client-option"_s) && run.err.contains(u"\"failovr\""_s) &&
                 run.err.contains(u"it reads failover"_s),
             qPrintable(run.err));
    run = ctl(cluster + QStringList{u"--client-option"_s, u"remove"_s, u"k"_s}, m_settings);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(u"not NAME=VALUE"_s), qPrintable(run.err));
}

void TestCtlPlace::rawAndKeyFunction()
{
    const QStringList common{u"place"_s, u"--json"_s, u"--servers"_s, u"a:1"_s};
    Run run = ctl(common + QStringList{u"--raw"_s, u":1:__d_lock_x"_s}, m_settings);
    QCOMPARE(QJsonDocument::fromJson(run.out).array().at(0)[u"memcached_key"_s].toString(),
             u":1:__d_lock_x"_s);
    run = ctl(common +
                  QStringList{u"--key-prefix"_s, u"shop"_s, u"--key-version"_s, u"4"_s, u"cart"_s},
              m_settings);
    QCOMPARE(QJsonDocument::fromJson(run.out).array().at(0)[u"memcached_key"_s].toString(),
             u"shop:4:cart"_s);
}

void TestCtlPlace::table()
{
    const Run run = ctl({u"place"_s, u"--servers"_s, u"a:1,b:2"_s, u"nightly"_s}, m_settings);
    QCOMPARE(run.code, 0);
    const QStringList lines = run.text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines[0].startsWith(u"KEY"_s));
    QVERIFY(lines[0].contains(u"IF HOME DOWN"_s));
    QVERIFY(lines[1].startsWith(u"nightly"_s));
    QVERIFY(lines[1].contains(u":1:nightly"_s));
}

void TestCtlPlace::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");

    QTest::newRow("no key") << QStringList{u"place"_s, u"--servers"_s, u"a:1"_s}
                            << u"give at least one KEY"_s;
    QTest::newRow("bad spec") << QStringList{u"place"_s, u"--servers"_s, u"a:1,b:0"_s, u"k"_s}
                              << u"--servers: server list entry 2: bad server spec \"b:0\""_s;
    QTest::newRow("bad key") << QStringList{u"place"_s, u"--servers"_s, u"a:1"_s, u"ok"_s,
                                            u"not ok"_s}
                             << u"key \":1:not ok\" contains a space"_s;
    QTest::newRow("long key") << QStringList{u"place"_s, u"--raw"_s, u"--servers"_s, u"a:1"_s,
                                             QString(251, u'k')}
                              << u"251 bytes long"_s;
    QTest::newRow("bad client") << QStringList{u"place"_s,     u"--client"_s, u"x"_s,
                                               u"--servers"_s, u"a:1"_s,      u"k"_s}
                                << u"unknown client library \"x\""_s;
    QTest::newRow("bad version") << QStringList{u"place"_s,     u"--key-version"_s, u"v1"_s,
                                                u"--servers"_s, u"a:1"_s,           u"k"_s}
                                 << u"--key-version: the key version \"v1\" is not an integer"_s;
    QTest::newRow("no servers") << QStringList{u"place"_s, u"k"_s} << u"no servers"_s;
    QTest::newRow("unknown option")
        << QStringList{u"place"_s, u"--nope"_s} << u"Unknown option 'nope'"_s;
    QTest::newRow("unknown command") << QStringList{u"plaec"_s} << u"unknown command \"plaec\""_s;
}

void TestCtlPlace::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run run = ctl(args, m_settings);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty()); // nothing half-printed
}

void TestCtlPlace::serversFromEnvironmentAndProfile()
{
    QProcessEnvironment env;
    env.insert(u"LOCKBOARD_SERVERS"_s, u"envhost:1"_s);
    Run run = ctl({u"place"_s, u"--json"_s, u"k"_s}, m_settings, env);
    QCOMPARE(run.code, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out).array().at(0)[u"server"_s].toString(),
             u"envhost:1"_s);

    run = ctl({u"profile"_s, u"save"_s, u"prod"_s, u"--servers"_s, u"p1:1,p2:2"_s, u"--client"_s,
               u"pylibmc"_s},
              m_settings);
    QCOMPARE(run.code, 0);
    QVERIFY(run.err.contains(u"saved profile \"prod\""_s));
    run = ctl({u"place"_s, u"--json"_s, u"--profile"_s, u"prod"_s, u"k"_s}, m_settings, env);
    const QJsonObject row = QJsonDocument::fromJson(run.out).array().at(0).toObject();
    QCOMPARE(row[u"client"_s].toString(), u"pylibmc"_s);
    QVERIFY(row[u"server"_s].toString().startsWith(u"p"_s));

    run = ctl({u"profile"_s, u"list"_s, u"--json"_s}, m_settings);
    const QJsonArray profiles = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles[0][u"servers"_s].toArray().size(), 2);

    run = ctl({u"profile"_s, u"remove"_s, u"prod"_s}, m_settings);
    QCOMPARE(run.code, 0);
    run = ctl({u"profile"_s, u"show"_s, u"prod"_s}, m_settings);
    QCOMPARE(run.code, 1);
    QVERIFY(run.err.contains(u"no saved profile \"prod\""_s));
}

QTEST_GUILESS_MAIN(TestCtlPlace)
#include "tst_ctlplace.moc"
