// Lock recipes: locks taken through the real stacks (Celery's task lock through
// Django's cache, Laravel's Cache::lock, a custom pattern written by Ruby's
// dalli) on real memcached servers, then listed by lockboardctl locks with
// their recipe, home, misplaced/split state and decoded owner.
#include "core/activity/ActivityMonitor.h"
#include "core/config/LockRecipe.h"
#include "core/inspect/ValueDecoder.h"
#include "core/lock/OwnerToken.h"
#include "core/placement/Placement.h"
#include "tests/support/CtlRun.h"
#include "tests/support/MemcachedServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace lockboard;
using lockboard::test::MemcachedServer;

namespace {

// A process that takes a lock and prints "held ..." once it holds it, then
// keeps it until its stdin closes.
class Holder
{
public:
    Holder(const QString& program, const QStringList& args)
    {
        m_process.setProgram(program);
        m_process.setArguments(args);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
    }
    ~Holder()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    // The words after "held", once the lock is held; empty on failure.
    QStringList waitHeld()
    {
        if (!m_process.waitForStarted(30000))
            return {};
        for (int i = 0; i < 600 && !m_process.canReadLine(); ++i)
            if (!m_process.waitForReadyRead(100) && m_process.state() == QProcess::NotRunning)
                break;
        const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
        if (!line.startsWith(u"held "_s))
            return {};
        return line.mid(5).split(u' ');
    }
    // Lets it release; its last line.
    QString finish()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(60000))
            return u"(still running)"_s;
        const QStringList lines =
            QString::fromUtf8(m_process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        return lines.isEmpty() ? QString() : lines.last().trimmed();
    }
    QString errors() { return QString::fromUtf8(m_process.readAllStandardError()); }

private:
    QProcess m_process;
};

} // namespace

class TestRecipes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void parse_data();
    void parse();
    void badRecipes_data();
    void badRecipes();
    void matcher();
    void owners();
    void celeryTaskLock();
    void laravelLock();
    void customPatternThroughDalli();
    void activityStreamSeesRecipeLocks();

private:
    [[nodiscard]] QString servers() const;
    [[nodiscard]] QJsonArray locks(const QStringList& options) const;

    QTemporaryDir m_dir;
    std::unique_ptr<MemcachedServer> m_servers[3];
};

void TestRecipes::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (auto& server : m_servers) {
        server = std::make_unique<MemcachedServer>();
        QVERIFY2(server->start(), qPrintable(server->errorString()));
    }
}

void TestRecipes::init()
{
    for (auto& server : m_servers)
        QCOMPARE(server->command("flush_all\r\n"), QByteArray("OK\r\n"));
}

QString TestRecipes::servers() const
{
    QStringList specs;
    for (const auto& server : m_servers)
        specs.append(server->spec());
    return specs.join(u',');
}

QJsonArray TestRecipes::locks(const QStringList& options) const
{
    const auto run = lockboard::test::runCtl(
        QStringList{u"locks"_s, u"--json"_s, u"--servers"_s, servers()} + options,
        m_dir.filePath(u"lockboard.conf"_s));
    if (run.code != 0)
        qWarning() << "locks failed:" << run.code << run.err;
    return QJsonDocument::fromJson(run.out).array();
}

void TestRecipes::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("client"); // empty: the profile's
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("written"); // toString()
    QTest::newRow("django") << u"django"_s << int(LockRecipe::Kind::Django) << QString()
                            << QString() << u"django"_s;
    QTest::newRow("celery") << u"celery@pymemcache"_s << int(LockRecipe::Kind::Celery)
                            << u"pymemcache"_s << QString() << u"celery@pymemcache"_s;
    QTest::newRow("laravel") << u" laravel@php-memcached "_s << int(LockRecipe::Kind::Laravel)
                             << u"php-memcached"_s << u"laravel_cache:{name}"_s
                             << u"laravel@php-memcached"_s;
    QTest::newRow("laravel, own prefix")
        << u"laravel=shop_cache:{name}"_s << int(LockRecipe::Kind::Laravel) << QString()
        << u"shop_cache:{name}"_s << u"laravel=shop_cache:{name}"_s;
    QTest::newRow("custom") << u"custom@dalli=jobs/{name}/lock=1"_s << int(LockRecipe::Kind::Custom)
                            << u"dalli"_s << u"jobs/{name}/lock=1"_s
                            << u"custom@dalli=jobs/{name}/lock=1"_s;
}

void TestRecipes::parse()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QString, client);
    QFETCH(QString, pattern);
    QFETCH(QString, written);
    const auto recipe = LockRecipe::parse(text);
    QVERIFY2(recipe.ok(), qPrintable(recipe.ok() ? QString() : recipe.error().message));
    QCOMPARE(int(recipe->kind), kind);
    QCOMPARE(recipe->client ? clientLibraryName(*recipe->client) : QString(), client);
    QCOMPARE(recipe->pattern, pattern);
    QCOMPARE(recipe->toString(), written);
    QCOMPARE(LockRecipe::parse(recipe->toString()).value(), *recipe);
}

void TestRecipes::badRecipes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown kind") << u"sidekiq"_s << u"unknown lock recipe \"sidekiq\""_s;
    QTest::newRow("unknown client") << u"laravel@php"_s << u"unknown client library \"php\""_s;
    QTest::newRow("custom without pattern") << u"custom"_s << u"needs a pattern"_s;
    QTest::newRow("no {name}") << u"custom=jobs:lock"_s << u"must hold {name} exactly once"_s;
    QTest::newRow("{name} twice") << u"custom={name}:{name}"_s << u"exactly once"_s;
    QTest::newRow("nothing fixed") << u"custom={name}"_s << u"no fixed text"_s;
    QTest::newRow("space") << u"custom=my lock {name}"_s << u"a space or a control character"_s;
    QTest::newRow("django with pattern") << u"django=x{name}"_s << u"not from a pattern"_s;
}

void TestRecipes::badRecipes()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const auto recipe = LockRecipe::parse(text);
    QVERIFY(!recipe.ok());
    QVERIFY2(recipe.error().message.contains(message), qPrintable(recipe.error().message));
    // The command line names the option and the recipe.
    const auto run =
        lockboard::test::runCtl({u"locks"_s, u"--servers"_s, u"127.0.0.1:1"_s, u"--recipe"_s, text},
                                m_dir.filePath(u"lockboard.conf"_s));
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(u"--recipe: "_s) && run.err.contains(message), qPrintable(run.err));
}

void TestRecipes::matcher()
{
    const KeyScheme keys(u"shop"_s, 3);
    const LockMatcher matcher(keys,
                              {LockRecipe::parse(u"django"_s).value(),
                               LockRecipe::parse(u"celery@pymemcache"_s).value(),
                               LockRecipe::parse(u"laravel@php-memcached"_s).value(),
                               LockRecipe::parse(u"custom@dalli=v{version}/jobs/{name}"_s).value()},
                              ClientLibrary::PythonMemcached);
    const QByteArray md5(32, 'a');
    struct Case
    {
        QByteArray key;
        int recipe; // -1: not a lock
        QString name;
    };
    const QList<Case> cases{
        {"shop:3:__d_lock_nightly", 0, u"nightly"_s},
        {"shop:3:feeds.import-lock-" + md5, 1, u"feeds.import-lock-"_s + QString::fromLatin1(md5)},
        {"shop:3:feeds.import-lock-abc", -1, {}}, // not an md5
        {"laravel_cache:reports", 2, u"reports"_s},
        {"v3/jobs/nächtlich", 3, u"nächtlich"_s},
        {"v9/jobs/other", -1, {}}, // another version
        {"jobs/x", -1, {}},
    };
    for (const Case& c : cases) {
        const auto found = matcher.match(c.key, false);
        QCOMPARE(found ? found->recipe : -1, c.recipe);
        if (found)
            QCOMPARE(found->name, c.name);
    }
    QVERIFY(matcher.match("v9/jobs/other", true)); // any version
    QCOMPARE(matcher.client(0), ClientLibrary::PythonMemcached);
    QCOMPARE(matcher.client(2), ClientLibrary::PhpMemcached);
    QCOMPARE(matcher.client(3), ClientLibrary::Dalli);
    QCOMPARE(matcher.lockKey(3, u"x").value(), QByteArray("v3/jobs/x"));
    QCOMPARE(matcher.lockKey(0, u"x").value(), QByteArray("shop:3:__d_lock_x"));
    QVERIFY(matcher.needles().contains("laravel_cache:"));
    QVERIFY(matcher.needles().contains("-lock-"));
    QVERIFY(matcher.needles().contains("/jobs/"));
}

void TestRecipes::owners()
{
    const auto owner = [](const QByteArray& value, LockRecipe::Kind kind = LockRecipe::Kind::Custom,
                          quint32 flags = 16) {
        return describeOwner(value, flags, kind);
    };
    // A version 1 UUID (RFC 4122's example node): Python's uuid module reads
    // its time as 1998-03-22 04:10:06.298128 and its node as 0x00a0c91e6bf6.
    const OwnerInfo v1 = owner("a3a1e0a8-c13b-11d1-80b4-00a0c91e6bf6");
    QCOMPARE(v1.kind, u"uuid v1"_s);
    QVERIFY2(v1.detail.contains(u"1998-03-22 04:10:06 UTC"_s) &&
                 v1.detail.contains(u"00:a0:c9:1e:6b:f6"_s),
             qPrintable(v1.detail));
    QCOMPARE(owner("ef2bb297-c0a0-370f-aedf-0ddfd84136ae").kind, u"uuid"_s); // Celery's oid, v3
    QVERIFY(owner("ef2bb297-c0a0-370f-aedf-0ddfd84136ae").detail.contains(u"version 3"_s));
    QCOMPARE(owner("IvecsUXdfPfBnbX4", LockRecipe::Kind::Laravel, 0).kind, u"laravel owner"_s);
    QVERIFY(owner("IvecsUXdfPfBnbX4", LockRecipe::Kind::Custom, 0).kind.isEmpty());
    QCOMPARE(owner("1", LockRecipe::Kind::Django, 2).kind, u"constant 1"_s);
    QCOMPARE(owner(OwnerToken::forThisProcess().toValue()).kind, u"lockboard token"_s);
    QVERIFY(owner("hello").kind.isEmpty());
    // Laravel's cache values share its locks' prefix: only owners hold locks.
    QVERIFY(holdsLock(LockRecipe::Kind::Laravel,
                      owner("IvecsUXdfPfBnbX4", LockRecipe::Kind::Laravel, 0)));
    QVERIFY(!holdsLock(LockRecipe::Kind::Laravel, owner("hello", LockRecipe::Kind::Laravel, 0)));
    QVERIFY(holdsLock(LockRecipe::Kind::Custom, owner("hello")));
}

void TestRecipes::celeryTaskLock()
{
    // Django's LOCATION with ';' as settings files write it; MemcachedCache is
    // python-memcached, the profile's client.
    const QString location = servers().replace(u',', u';');
    Holder celery(qEnvironmentVariable("LOCKBOARD_PYTHON"),
                  {QStringLiteral(LOCKBOARD_RECIPES_DIR "/celery_lock.py"), location,
                   u"django.core.cache.backends.memcached.MemcachedCache"_s,
                   u"https://example.org/feed.xml"_s});
    const QStringList held = celery.waitHeld();
    QVERIFY2(held.size() == 2, qPrintable(celery.errors()));
    const QByteArray key = held[0].toUtf8();
    const QString oid = held[1];

    const QJsonArray found = locks({u"--recipe"_s, u"celery"_s, u"--recipe"_s, u"django"_s});
    QCOMPARE(found.size(), 1);
    const QJsonObject lock = found[0].toObject();
    QCOMPARE(lock[u"recipe"_s].toString(), u"celery"_s);
    QCOMPARE(lock[u"key"_s].toString(), held[0]);
    QVERIFY(lock[u"name"_s].toString().startsWith(u"feeds.tasks.import_feed-lock-"_s));
    const auto list = *ServerSpec::parseList(servers());
    const int home = Placement::create(ClientLibrary::PythonMemcached, list)->home(key);
    QCOMPARE(lock[u"home"_s].toString(), list[home].name());
    QCOMPARE(lock[u"server"_s].toString(), list[home].name()); // python-memcached put it there
    QCOMPARE(lock[u"misplaced"_s].toBool(), false);
    QCOMPARE(lock[u"split"_s].toBool(), false);
    QCOMPARE(lock[u"value"_s].toString(), u"\""_s + oid + u'"');
    QCOMPARE(lock[u"owner_kind"_s].toString(), u"uuid"_s);
    QCOMPARE(lock[u"release_compares_owner"_s].toBool(), false);
    // Without the celery recipe, the Django one alone does not see it.
    QCOMPARE(locks({}).size(), 0);

    QCOMPARE(celery.finish(), u"imported"_s);
    QCOMPARE(locks({u"--recipe"_s, u"celery"_s}).size(), 0); // the recipe's delete released it
}

void TestRecipes::laravelLock()
{
    Holder laravel(QStringLiteral(LOCKBOARD_PHP),
                   {QStringLiteral(LOCKBOARD_RECIPES_DIR "/laravel_lock.php"), servers(),
                    u"laravel_cache"_s, u"reports"_s, u"120"_s});
    const QStringList held = laravel.waitHeld();
    QVERIFY2(held.size() == 1, qPrintable(laravel.errors()));
    // A cache value under the same prefix is not a lock.
    const auto set = lockboard::test::runCtl({u"set"_s, u"--servers"_s, servers(), u"--client"_s,
                                              u"php-memcached"_s, u"--raw"_s,
                                              u"laravel_cache:config"_s, u"hello"_s},
                                             m_dir.filePath(u"lockboard.conf"_s));
    QVERIFY2(set.code == 0, qPrintable(set.err));

    const QJsonArray found = locks({u"--recipe"_s, u"laravel@php-memcached"_s});
    QCOMPARE(found.size(), 1);
    const QJsonObject lock = found[0].toObject();
    QCOMPARE(lock[u"recipe"_s].toString(), u"laravel"_s);
    QCOMPARE(lock[u"name"_s].toString(), u"reports"_s);
    QCOMPARE(lock[u"key"_s].toString(), u"laravel_cache:reports"_s);
    const auto list = *ServerSpec::parseList(servers());
    const int home =
        Placement::create(ClientLibrary::PhpMemcached, list)->home("laravel_cache:reports");
    QCOMPARE(lock[u"home"_s].toString(), list[home].name());
    QCOMPARE(lock[u"server"_s].toString(), list[home].name()); // where PHP put it
    QCOMPARE(lock[u"misplaced"_s].toBool(), false);
    QCOMPARE(lock[u"split"_s].toBool(), false);
    QCOMPARE(lock[u"value"_s].toString(), u"\""_s + held[0] + u'"');
    QCOMPARE(lock[u"owner_kind"_s].toString(), u"laravel owner"_s);
    QCOMPARE(lock[u"release_compares_owner"_s].toBool(), true);
    QVERIFY(lock[u"ttl"_s].toInt() > 100 && lock[u"ttl"_s].toInt() <= 120);

    // A force release would take it from under its holder: refused without consent.
    const QStringList release{u"release"_s,
                              u"reports"_s,
                              u"--yes"_s,
                              u"--servers"_s,
                              servers(),
                              u"--recipe"_s,
                              u"laravel@php-memcached"_s};
    QProcessEnvironment env;
    env.insert(u"LOCKBOARD_AUDIT_LOG"_s, m_dir.filePath(u"audit.jsonl"_s));
    const auto refused = lockboard::test::runCtl(release, m_dir.filePath(u"lockboard.conf"_s), env);
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(u"comparing its owner"_s) &&
                 refused.err.contains(u"laravel_cache:reports"_s),
             qPrintable(refused.err));
    QCOMPARE(locks({u"--recipe"_s, u"laravel@php-memcached"_s}).size(), 1);
    const auto released = lockboard::test::runCtl(release + QStringList{u"--bypass-owner-check"_s},
                                                  m_dir.filePath(u"lockboard.conf"_s), env);
    QVERIFY2(released.code == 0, qPrintable(released.err));
    QCOMPARE(locks({u"--recipe"_s, u"laravel@php-memcached"_s}).size(), 0);
    // The holder still believed it held it: its own release() finds another owner (none).
    QCOMPARE(laravel.finish(), u"not released"_s);
}

void TestRecipes::customPatternThroughDalli()
{
    // A Rails app's own pattern, written by dalli: home by dalli's ring. The
    // value is a version 1 UUID (owners() decodes it).
    const QString uuid = u"a3a1e0a8-c13b-11d1-80b4-00a0c91e6bf6"_s;
    QProcess ruby;
    ruby.start(QStringLiteral(LOCKBOARD_RUBY),
               {u"-e"_s,
                u"require 'dalli'; c = Dalli::Client.new(ARGV[0].split(',')); "
                u"exit(c.add('jobs/nightly/lock', ARGV[1], 300, raw: true) ? 0 : 3)"_s,
                servers(), uuid});
    QVERIFY(ruby.waitForFinished(60000));
    QVERIFY2(ruby.exitCode() == 0, ruby.readAllStandardError().constData());

    const QStringList recipe{u"--recipe"_s, u"custom@dalli=jobs/{name}/lock"_s};
    QJsonArray found = locks(recipe);
    QCOMPARE(found.size(), 1);
    QJsonObject lock = found[0].toObject();
    const auto list = *ServerSpec::parseList(servers());
    const int home = Placement::create(ClientLibrary::Dalli, list)->home("jobs/nightly/lock");
    QCOMPARE(lock[u"recipe"_s].toString(), u"custom"_s);
    QCOMPARE(lock[u"name"_s].toString(), u"nightly"_s);
    QCOMPARE(lock[u"home"_s].toString(), list[home].name());
    QCOMPARE(lock[u"server"_s].toString(), list[home].name()); // where dalli put it
    QCOMPARE(lock[u"misplaced"_s].toBool(), false);
    QCOMPARE(lock[u"owner_kind"_s].toString(), u"uuid v1"_s);
    QVERIFY(lock[u"owner_detail"_s].toString().contains(u"00:a0:c9:1e:6b:f6"_s));

    // A second copy on another server, as dalli's failover would leave it:
    // both listed, split, the stray one misplaced.
    const int other = (home + 1) % 3;
    QCOMPARE(
        m_servers[other]->command("set jobs/nightly/lock 0 300 36\r\n" + uuid.toUtf8() + "\r\n"),
        QByteArray("STORED\r\n"));
    found = locks(recipe);
    QCOMPARE(found.size(), 2);
    for (const QJsonValue& copy : std::as_const(found)) {
        QCOMPARE(copy[u"split"_s].toBool(), true);
        QCOMPARE(copy[u"misplaced"_s].toBool(), copy[u"server"_s].toString() != list[home].name());
    }
}

// The activity stream keeps only the stores whose keys hold a recipe's fixed
// text: a custom recipe's lock taken by dalli is counted as an acquisition.
void TestRecipes::activityStreamSeesRecipeLocks()
{
    Profile profile;
    profile.servers = *ServerSpec::parseList(servers());
    profile.recipes =
        LockRecipe::parseList({u"django"_s, u"custom@dalli=jobs/{name}/lock"_s}).value();
    ActivityMonitor activity(profile, ClientOptions());
    activity.start();
    for (int i = 0; i < 3; ++i)
        QTRY_VERIFY_WITH_TIMEOUT(activity.servers().value(i).streaming, 10000);

    QProcess ruby;
    ruby.start(QStringLiteral(LOCKBOARD_RUBY),
               {u"-e"_s,
                u"require 'dalli'; c = Dalli::Client.new(ARGV[0].split(',')); "
                u"exit(c.add('jobs/stream/lock', '1', 300, raw: true) ? 0 : 3)"_s,
                servers()});
    QVERIFY(ruby.waitForFinished(60000));
    QVERIFY2(ruby.exitCode() == 0, ruby.readAllStandardError().constData());
    const int home =
        Placement::create(ClientLibrary::Dalli, profile.servers)->home("jobs/stream/lock");
    QTRY_VERIFY_WITH_TIMEOUT(activity.statsFor(home, "jobs/stream/lock").has_value() &&
                                 activity.statsFor(home, "jobs/stream/lock")->acquisitions == 1,
                             15000);
}

QTEST_GUILESS_MAIN(TestRecipes)
#include "tst_recipes.moc"
