// The no-retry client against real memcached processes and injected faults.
#include "core/client/Client.h"
#include "tests/support/FaultProxy.h"
#include "tests/support/MemcachedServer.h"
#include "tests/support/Timing.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <array>

using namespace Qt::StringLiterals;
using namespace lockboard;
using lockboard::test::FaultProxy;
using lockboard::test::MemcachedServer;

namespace {

Profile profileFor(const QStringList& servers,
                   ClientLibrary library = ClientLibrary::PythonMemcached)
{
    Profile profile;
    profile.servers = *ServerSpec::parseList(servers.join(u','));
    profile.client = library;
    return profile;
}

// A key (":1:<word><n>") whose home under placement is server.
QByteArray keyOn(const Placement& placement, int server, const QByteArray& word = "key")
{
    for (int n = 0;; ++n) {
        const QByteArray key = ":1:" + word + QByteArray::number(n);
        if (placement.home(key) == server)
            return key;
    }
}

} // namespace

class TestClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void everyOperationReportsItsOutcome();
    void resultsNameTheHome();
    void homeDownFailsAndWritesNowhereElse_data();
    void homeDownFailsAndWritesNowhereElse();
    void blackholeFailsWithinTheTimeout();
    void brokenConnections_data();
    void brokenConnections();
    void delayUnderTheTimeoutSucceeds();
    void tooLarge();
    void outOfMemory();
    void casConflict();
    void invalidKeysAreNeverSent_data();
    void invalidKeysAreNeverSent();
    void countersFromSeveralThreads();
    void ipv6AndUnixSockets();
    void metaOperations();
    void metaUnderFaults_data();
    void metaUnderFaults();

private:
    std::array<MemcachedServer, 3> m_servers;
    QStringList m_specs;
};

void TestClient::initTestCase()
{
    for (MemcachedServer& server : m_servers) {
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        m_specs.append(server.spec());
    }
}

void TestClient::init()
{
    for (MemcachedServer& server : m_servers) {
        if (!server.isRunning())
            QVERIFY2(server.restart(), qPrintable(server.errorString()));
        QCOMPARE(server.command("flush_all\r\n"), QByteArray("OK\r\n"));
    }
}

void TestClient::everyOperationReportsItsOutcome()
{
    Client client(profileFor(m_specs));
    const QByteArray key = ":1:ops";

    QCOMPARE(client.get(key).outcome, Outcome::NotFound);
    QCOMPARE(client.set(key, "hello", 60, 16).outcome, Outcome::Stored);
    const OpResult got = client.get(key);
    QCOMPARE(got.outcome, Outcome::Found);
    QCOMPARE(got.value, QByteArray("hello"));
    QCOMPARE(got.flags, 16u);
    QVERIFY(got.ok());

    QCOMPARE(client.add(key, "again").outcome, Outcome::NotStored);
    QCOMPARE(client.add(":1:fresh", "1").outcome, Outcome::Stored);
    QCOMPARE(client.replace(":1:missing", "x").outcome, Outcome::NotStored);
    QCOMPARE(client.replace(key, "replaced").outcome, Outcome::Stored);
    QCOMPARE(client.get(key).value, QByteArray("replaced"));

    QCOMPARE(client.touch(key, 300).outcome, Outcome::Touched);
    QCOMPARE(client.touch(":1:missing", 300).outcome, Outcome::NotFound);

    QCOMPARE(client.set(":1:n", "41").outcome, Outcome::Stored);
    const OpResult incremented = client.increment(":1:n", 1);
    QCOMPARE(incremented.outcome, Outcome::Ok);
    QCOMPARE(incremented.number, 42u);
    QCOMPARE(client.decrement(":1:n", 2).number, 40u);
    QCOMPARE(client.increment(":1:missing").outcome, Outcome::NotFound);
    const OpResult textIncrement = client.increment(key);
    QCOMPARE(textIncrement.outcome, Outcome::ClientError);
    QVERIFY2(textIncrement.message.contains(u"non-numeric"_s), qPrintable(textIncrement.message));

    QCOMPARE(client.remove(key).outcome, Outcome::Deleted);
    QCOMPARE(client.remove(key).outcome, Outcome::NotFound);
    QCOMPARE(client.get(key).outcome, Outcome::NotFound);

    const OpResult stats = client.stats(0);
    QCOMPARE(stats.outcome, Outcome::Ok);
    QCOMPARE(stats.server, 0);
    bool sawPid = false;
    for (const auto& [name, value] : stats.stats)
        if (name == "pid")
            sawPid = value.toLongLong() == m_servers[0].pid();
    QVERIFY(sawPid);
    const OpResult settings = client.stats(1, "settings");
    QCOMPARE(settings.outcome, Outcome::Ok);
    QVERIFY(std::any_of(settings.stats.begin(), settings.stats.end(),
                        [](const auto& pair) { return pair.first == "item_size_max"; }));
}

void TestClient::resultsNameTheHome()
{
    Client client(profileFor(m_specs));
    for (int server = 0; server < 3; ++server) {
        const QByteArray key = keyOn(client.placement(), server);
        const OpResult stored = client.set(key, "v");
        QCOMPARE(stored.server, server);
        QCOMPARE(stored.serverName, m_specs[server]);
        QVERIFY(stored.message.startsWith(m_specs[server] + u": stored"_s));
        QVERIFY(stored.elapsedUs > 0);
        // It is on its home and nowhere else.
        for (int other = 0; other < 3; ++other)
            QCOMPARE(m_servers[size_t(other)].keys().contains(key), other == server);
    }
}

void TestClient::homeDownFailsAndWritesNowhereElse_data()
{
    QTest::addColumn<int>("library");
    for (const ClientLibrary library : allClientLibraries())
        QTest::newRow(qPrintable(clientLibraryName(library))) << int(library);
}

void TestClient::homeDownFailsAndWritesNowhereElse()
{
    QFETCH(int, library);
    Client client(profileFor(m_specs, ClientLibrary(library)));
    const QByteArray key = keyOn(client.placement(), 1, "__d_lock_job");
    m_servers[1].stop();

    for (int attempt = 0; attempt < 3; ++attempt) { // every attempt, not only the first
        const QList<OpResult> results{client.add(key, "1", 120), client.set(key, "1"),
                                      client.get(key), client.remove(key), client.touch(key, 5)};
        for (const OpResult& result : results) {
            QCOMPARE(result.outcome, Outcome::ConnectionRefused);
            QCOMPARE(result.server, 1);
            QVERIFY(isUnavailable(result.outcome));
            QVERIFY2(result.message.startsWith(m_specs[1] + u": connection refused"_s),
                     qPrintable(result.message));
        }
    }
    // python-memcached would have rehashed the key onto a live server; this client did not.
    const int pythonFallback =
        Placement::create(ClientLibrary::PythonMemcached, client.profile().servers)
            ->landing(key, {1});
    QVERIFY(ClientLibrary(library) != ClientLibrary::PythonMemcached || pythonFallback >= 0);
    QVERIFY(!m_servers[0].keys().contains(key));
    QVERIFY(!m_servers[2].keys().contains(key));

    // The home comes back: the next operation connects afresh and succeeds there.
    QVERIFY(m_servers[1].restart());
    QCOMPARE(client.add(key, "1", 120).outcome, Outcome::Stored);
    QVERIFY(m_servers[1].keys().contains(key));
    const ServerCounters counters = client.counters()->snapshot(1);
    QCOMPARE(counters.outcomes.value(Outcome::ConnectionRefused), 15u);
    QCOMPARE(counters.failedSets, 6u);
    QVERIFY(counters.lastError.startsWith(m_specs[1]));
    QVERIFY(counters.lastErrorAt.isValid());
}

void TestClient::blackholeFailsWithinTheTimeout()
{
    FaultProxy proxy(m_servers[0].port());
    ClientOptions options;
    options.ioTimeoutMs = 600;
    Client client(profileFor({proxy.spec()}), options);
    QCOMPARE(client.set(":1:k", "before").outcome, Outcome::Stored);

    proxy.setMode(FaultProxy::Mode::Blackhole);
    for (const auto& operation :
         {std::function<OpResult()>([&] { return client.add(":1:lock", "1", 60); }),
          std::function<OpResult()>([&] { return client.get(":1:k"); })}) {
        QElapsedTimer clock;
        clock.start();
        const OpResult result = operation();
        const qint64 waitedMs = clock.elapsed();
        QCOMPARE(result.outcome, Outcome::Timeout);
        QVERIFY2(result.message.startsWith(proxy.spec() + u": timeout: no answer within 600 ms"_s),
                 qPrintable(result.message));
        // It waited for the timeout, and not much longer (generous slack: shared machines).
        QVERIFY2(waitedMs >= 500, qPrintable(QString::number(waitedMs)));
        QVERIFY2(waitedMs < 600 + lockboard::test::timingBound(3000),
                 qPrintable(QString::number(waitedMs)));
    }

    proxy.setMode(FaultProxy::Mode::Pass);
    const OpResult after = client.get(":1:k");
    QCOMPARE(after.outcome, Outcome::Found);
    QCOMPARE(after.value, QByteArray("before"));
}

void TestClient::brokenConnections_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("words");
    QTest::newRow("reset") << int(FaultProxy::Mode::Reset) << int(Outcome::ConnectionFailed)
                           << u"connection failed"_s;
    QTest::newRow("close mid-reply") << int(FaultProxy::Mode::CloseMidReply)
                                     << int(Outcome::ConnectionFailed) << u"connection failed"_s;
    QTest::newRow("garbage") << int(FaultProxy::Mode::Garbage) << int(Outcome::ProtocolError)
                             << u"HELLO FROM NOT-MEMCACHED"_s;
}

void TestClient::brokenConnections()
{
    QFETCH(int, mode);
    QFETCH(int, outcome);
    QFETCH(QString, words);

    FaultProxy proxy(m_servers[2].port());
    Client client(profileFor({proxy.spec()}));
    QCOMPARE(client.set(":1:big", QByteArray(100000, 'v')).outcome, Outcome::Stored);

    proxy.setMode(FaultProxy::Mode(mode));
    const OpResult broken = client.get(":1:big");
    QCOMPARE(broken.outcome, Outcome(outcome));
    QVERIFY(isUnavailable(broken.outcome));
    QVERIFY(broken.value.isEmpty()); // never half a value
    QVERIFY2(broken.message.startsWith(proxy.spec() + u": "_s) && broken.message.contains(words),
             qPrintable(broken.message));

    proxy.setMode(FaultProxy::Mode::Pass);
    const OpResult healed = client.get(":1:big");
    QCOMPARE(healed.outcome, Outcome::Found);
    QCOMPARE(healed.value.size(), 100000);
}

void TestClient::delayUnderTheTimeoutSucceeds()
{
    FaultProxy proxy(m_servers[0].port());
    proxy.setMode(FaultProxy::Mode::Delay, 150);
    Client client(profileFor({proxy.spec()}));
    const OpResult stored = client.set(":1:slow", "v");
    QCOMPARE(stored.outcome, Outcome::Stored);
    QVERIFY(stored.elapsedUs >= 150 * 1000);
}

void TestClient::tooLarge()
{
    Client client(profileFor(m_specs));
    const QByteArray key = ":1:huge";
    const OpResult result =
        client.set(key, QByteArray(2 * 1024 * 1024, 'x')); // default item limit: 1 MB
    QCOMPARE(result.outcome, Outcome::TooLarge);
    QVERIFY2(result.message.contains(u"too large"_s), qPrintable(result.message));
    QCOMPARE(client.counters()->snapshot(result.server).failedSets, 1u);
    // The connection is still good, and nothing was stored anywhere.
    QCOMPARE(client.set(key, "small").outcome, Outcome::Stored);
    QCOMPARE(client.get(key).value, QByteArray("small"));
}

void TestClient::outOfMemory()
{
    MemcachedServer full;
    QVERIFY2(full.start({u"-M"_s, u"-m"_s, u"2"_s}), qPrintable(full.errorString()));
    Client client(profileFor({full.spec()}));
    const QByteArray value(100 * 1024, 'm');
    OpResult last;
    int stored = 0;
    for (int i = 0; i < 1000; ++i) {
        last = client.set(":1:fill" + QByteArray::number(i), value);
        if (!last.ok())
            break;
        ++stored;
    }
    QVERIFY(stored > 0);
    QCOMPARE(last.outcome, Outcome::OutOfMemory);
    QVERIFY2(last.message.startsWith(full.spec() + u": out of memory"_s), qPrintable(last.message));
    QCOMPARE(client.counters()->snapshot(0).failedSets, 1u);
    // Nothing was evicted to make room: every stored item is still there.
    QCOMPARE(client.get(":1:fill0").outcome, Outcome::Found);
}

void TestClient::casConflict()
{
    Client mine(profileFor(m_specs));
    Client theirs(profileFor(m_specs));
    const QByteArray key = ":1:counter";
    QCOMPARE(mine.set(key, "1").outcome, Outcome::Stored);
    const OpResult read = mine.gets(key);
    QVERIFY(read.cas != 0);

    QCOMPARE(theirs.set(key, "2").outcome, Outcome::Stored);
    const OpResult conflict = mine.cas(key, "from-mine", read.cas);
    QCOMPARE(conflict.outcome, Outcome::Exists);
    QVERIFY(conflict.message.contains(u"changed since its CAS was read"_s));
    QCOMPARE(mine.get(key).value, QByteArray("2"));

    const OpResult again = mine.gets(key);
    QVERIFY(again.cas != read.cas);
    QCOMPARE(mine.cas(key, "from-mine", again.cas).outcome, Outcome::Stored);
    QCOMPARE(theirs.get(key).value, QByteArray("from-mine"));
    QCOMPARE(mine.cas(":1:gone", "x", again.cas).outcome, Outcome::NotFound);
    // cas refusals are memcached's normal answers, not failed sets.
    QCOMPARE(mine.counters()->snapshot(conflict.server).failedSets, 0u);
}

void TestClient::invalidKeysAreNeverSent_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("words");
    QTest::newRow("space") << QByteArray(":1:two words") << u"contains a space"_s;
    QTest::newRow("newline") << QByteArray(":1:a\r\nflush_all") << u"control character 0x0d"_s;
    QTest::newRow("too long") << QByteArray(251, 'k') << u"251 bytes"_s;
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
}

void TestClient::invalidKeysAreNeverSent()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, words);
    Client client(profileFor(m_specs));
    QCOMPARE(client.set(":1:survivor", "v").outcome, Outcome::Stored);
    for (const OpResult& result :
         {client.set(key, "v"), client.get(key), client.remove(key), client.add(key, "v")}) {
        QCOMPARE(result.outcome, Outcome::InvalidKey);
        QCOMPARE(result.server, -1);
        QVERIFY2(result.message.contains(words), qPrintable(result.message));
    }
    quint64 operations = 0;
    for (const ServerCounters& counters : client.counters()->snapshot())
        operations += counters.operations;
    QCOMPARE(operations, 1u);                                    // only the survivor's set went out
    QCOMPARE(client.get(":1:survivor").outcome, Outcome::Found); // no injected flush_all
}

void TestClient::countersFromSeveralThreads()
{
    // One Client per thread, one ClientCounters shared by all, read meanwhile.
    const Profile profile = profileFor(m_specs);
    auto counters = std::make_shared<ClientCounters>(3);
    constexpr int Operations = 400;
    std::atomic<bool> done{false};
    std::atomic<int> snapshots{0};

    QThread* reader = QThread::create([&] {
        while (!done) {
            quint64 total = 0;
            for (const ServerCounters& server : counters->snapshot())
                total += server.operations;
            Q_ASSERT(total <= 2 * Operations);
            ++snapshots;
        }
    });
    QList<QThread*> writers;
    for (int w = 0; w < 2; ++w) {
        writers.append(QThread::create([&, w] {
            Client client(profile, {}, counters);
            for (int i = 0; i < Operations; ++i)
                (void)client.set(":1:t" + QByteArray::number(w) + "_" + QByteArray::number(i), "v");
        }));
    }
    reader->start();
    for (QThread* writer : writers)
        writer->start();
    for (QThread* writer : writers) {
        QVERIFY(writer->wait(60000));
        delete writer;
    }
    done = true;
    QVERIFY(reader->wait(10000));
    delete reader;

    quint64 total = 0;
    quint64 stored = 0;
    for (const ServerCounters& server : counters->snapshot()) {
        total += server.operations;
        stored += server.outcomes.value(Outcome::Stored);
    }
    QCOMPARE(total, quint64(2 * Operations));
    QCOMPARE(stored, quint64(2 * Operations));
    QVERIFY(snapshots > 0);
}

void TestClient::ipv6AndUnixSockets()
{
    QTemporaryDir dir;
    MemcachedServer v6;
    MemcachedServer unix;
    QVERIFY2(v6.startIpv6(), qPrintable(v6.errorString()));
    QVERIFY2(unix.startUnix(dir.filePath(u"mc.sock"_s)), qPrintable(unix.errorString()));
    Client client(profileFor({v6.spec(), unix.spec()}, ClientLibrary::Pymemcache));
    const std::array<MemcachedServer*, 2> servers{&v6, &unix};
    for (int server = 0; server < 2; ++server) {
        const QByteArray key = keyOn(client.placement(), server);
        QCOMPARE(client.set(key, "v").outcome, Outcome::Stored);
        QVERIFY(servers[size_t(server)]->keys().contains(key));
        QCOMPARE(client.get(key).value, QByteArray("v"));
    }
    unix.stop();
    const OpResult down = client.get(keyOn(client.placement(), 1));
    QCOMPARE(down.outcome, Outcome::ConnectionRefused);
    QVERIFY2(down.message.startsWith(unix.spec() + u": connection refused"_s),
             qPrintable(down.message));
}

void TestClient::metaOperations()
{
    Client client(profileFor(m_specs));
    const QByteArray key = ":1:__d_lock_meta";
    const OpResult added = client.metaAdd(key, "token", 60, 4);
    QCOMPARE(added.outcome, Outcome::Stored);
    QVERIFY(added.cas > 0);
    QCOMPARE(client.metaAdd(key, "other", 60).outcome, Outcome::NotStored);

    const OpResult read = client.metaGet(key);
    QCOMPARE(read.outcome, Outcome::Found);
    QCOMPARE(read.value, QByteArray("token"));
    QCOMPARE(read.flags, 4u);
    QCOMPARE(read.cas, added.cas);
    QVERIFY(read.ttl > 55 && read.ttl <= 60);

    const OpResult stale = client.metaCas(key, "token", added.cas + 1000, 60);
    QCOMPARE(stale.outcome, Outcome::Exists);
    const OpResult refreshed = client.metaCas(key, "token", added.cas, 90);
    QCOMPARE(refreshed.outcome, Outcome::Stored);
    QVERIFY(refreshed.cas > added.cas);
    QVERIFY(client.metaGet(key).ttl > 85);

    const OpResult wrongCas = client.metaDelete(key, added.cas);
    QCOMPARE(wrongCas.outcome, Outcome::Exists);
    QVERIFY2(wrongCas.message.contains(u"not deleted"_s), qPrintable(wrongCas.message));
    QCOMPARE(client.metaDelete(key, refreshed.cas).outcome, Outcome::Deleted);
    QCOMPARE(client.metaDelete(key, refreshed.cas).outcome, Outcome::NotFound);
    QCOMPARE(client.metaGet(key).outcome, Outcome::NotFound);
    QCOMPARE(client.metaGet(":1:never").ttl, -2);

    const OpResult huge = client.metaAdd(":1:huge", QByteArray(2 * 1024 * 1024, 'x'), 60);
    QCOMPARE(huge.outcome, Outcome::TooLarge);
    QCOMPARE(client.metaAdd(":1:after", "ok", 60).outcome,
             Outcome::Stored); // the stream is still in step
}

void TestClient::metaUnderFaults_data()
{
    brokenConnections_data();
    QTest::newRow("blackhole") << int(FaultProxy::Mode::Blackhole) << int(Outcome::Timeout)
                               << u"timeout"_s;
}

void TestClient::metaUnderFaults()
{
    QFETCH(int, mode);
    QFETCH(int, outcome);
    QFETCH(QString, words);
    FaultProxy proxy(m_servers[0].port());
    ClientOptions options;
    options.ioTimeoutMs = 500;
    Client client(profileFor({proxy.spec()}), options);
    QCOMPARE(client.metaAdd(":1:m", QByteArray(50000, 'v'), 60).outcome, Outcome::Stored);

    proxy.setMode(FaultProxy::Mode(mode));
    const OpResult broken = client.metaGet(":1:m");
    QCOMPARE(broken.outcome, Outcome(outcome));
    QVERIFY(broken.value.isEmpty());
    QVERIFY2(broken.message.startsWith(proxy.spec() + u": "_s) && broken.message.contains(words),
             qPrintable(broken.message));

    proxy.setMode(FaultProxy::Mode::Pass);
    const OpResult healed = client.metaGet(":1:m");
    QCOMPARE(healed.outcome, Outcome::Found);
    QCOMPARE(healed.value.size(), 50000);
}

QTEST_GUILESS_MAIN(TestClient)
#include "tst_client.moc"
