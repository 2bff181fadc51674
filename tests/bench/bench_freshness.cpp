// Fresh under production load (issue 18): how soon a new lock is listed on
// servers taking thousands of stores a second, and what that costs them.
//
// Two memcached servers with --keys cache values of 200-400 bytes each (or,
// with --adversarial, small values in the locks' own slab classes) and --locks
// held locks (half Lockboard tokens, half the seed's "1"); a writer storing
// --rate values a second on each (pipelined meta sets, as production clients
// do); a client doing gets and sets one at a time, whose latency is measured;
// and --observers `lockboardctl watch --json --interval 2` processes. With two
// cores or more, memcached, the writer and the client run on core 0 and the
// observers (and this program's reading of them) on core 1.
//
// Blocks alternate: quiet (observers stopped with SIGSTOP; before they start
// and after they end too) and observed (running). In observed blocks a new
// lock is added every so often, and the time from its add's reply to the
// first JSON line of each observer that lists it is measured; it is released
// once every observer listed it. Printed: those times (p50, p99, worst), the
// server CPU added (observed blocks against quiet ones, memcached's own
// crawls counted), everything each observer read per server (the refreshes'
// bytes_read plus the store stream), the client's p99 in each block, the
// quiet-versus-quiet spread and the observed/quiet p99 ratio, and what each
// server's freshness says. It asserts nothing.
//
//   build/dev/tests/bench/bench_freshness [--keys N] [--locks N] [--rate STORES]
//       [--new-locks N] [--blocks N] [--block-seconds S] [--observers N]
//       [--server-args "-n 128 -f 1.5"] [--adversarial]
//
// BENCH_DEBUG=1 traces each observer line (per server: C class walk, B a
// walk deferred, W full walk) and each new lock's add and listing on stderr.
//
// Targets: new lock p99 <= 5 s, server CPU added <= 1% of a core, everything
// read <= 50 KB/s per server, client p99 ratio within the quiet spread + 0.1.
#include "core/lock/OwnerToken.h"
#include "tests/bench/BenchSupport.h"
#include "tests/support/MemcachedServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <memory>
#include <numeric>
#include <random>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace lockboard;
using namespace lockboard::bench;

namespace {

constexpr int Servers = 2;
constexpr int ServerCore = 0;
constexpr int ObserverCore = 1;

// Pipelined stores at a fixed rate per server: each 10 ms, one batch of
// "ms <key> <len> T0 q" per server and an "mn", whose MN ends the batch.
class Writer
{
public:
    Writer(const std::vector<quint16>& ports, int keysPerServer, double ratePerServer,
           QList<qint64> valueSizes)
        : m_keys(keysPerServer)
        , m_rate(ratePerServer)
        , m_sizes(std::move(valueSizes))
    {
        for (const quint16 port : ports)
            m_fds.push_back(connectTo(port));
    }
    ~Writer()
    {
        stop();
        for (const int fd : m_fds)
            ::close(fd);
    }
    void start(int core)
    {
        m_running = true;
        m_thread = std::thread([this, core] {
            pinThisThread(core);
            run();
        });
    }
    void stop()
    {
        m_running = false;
        if (m_thread.joinable())
            m_thread.join();
    }
    [[nodiscard]] qint64 stored() const { return m_stored; }
    [[nodiscard]] bool failed() const { return m_failed; }

private:
    void run()
    {
        const int perBatch = std::max(1, int(m_rate / 100));
        auto next = Clock::now();
        quint32 n = 12345;
        while (m_running) {
            std::this_thread::sleep_until(next);
            next += std::chrono::milliseconds(10);
            for (size_t s = 0; s < m_fds.size(); ++s) {
                QByteArray batch;
                for (int i = 0; i < perBatch; ++i) {
                    n = n * 1103515245u + 12345u;
                    const int key = int((n >> 8) % quint32(m_keys)) * Servers + int(s);
                    const qint64 size = m_sizes[qsizetype((n >> 4) % quint32(m_sizes.size()))];
                    batch += "ms cache:item:" + QByteArray::number(key) + ' ' +
                             QByteArray::number(size) + " T0 q\r\n" + QByteArray(size, 'w') +
                             "\r\n";
                }
                batch += "mn\r\n";
                if (!roundTrip(m_fds[s], batch, "MN\r\n")) {
                    m_failed = true;
                    return;
                }
                m_stored += perBatch;
            }
        }
    }

    std::vector<int> m_fds;
    int m_keys;
    double m_rate;
    QList<qint64> m_sizes;
    std::atomic<bool> m_running{false};
    std::atomic<qint64> m_stored{0};
    std::atomic<bool> m_failed{false};
    std::thread m_thread;
};

// One `lockboardctl watch --json` process and what it said.
struct Observer
{
    std::unique_ptr<QProcess> process;
    QByteArray partial;
    int lines = 0;
    QJsonObject last;
    // Observed blocks: bytes the refreshes read, per server, and the stream's
    // bytes at the block's start (its count since the process started).
    std::array<qint64, Servers> refreshBytes{};
    std::array<qint64, Servers> streamBytes{};
    std::array<qint64, Servers> streamAtStart{};
};

struct Pending
{
    QElapsedTimer since; // from the add's reply
    int server = 0;
    QSet<int> seenBy;
};

struct Block
{
    bool observed = false;
    double seconds = 0;
    std::array<ServerCost, Servers> cost{};
    double p99 = 0;
    double p50 = 0;
};

QString ms(double value)
{
    return QString::number(value, 'f', 0) + u" ms"_s;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption keysOption(u"keys"_s, u"Cache values per server (1000000)."_s, u"n"_s,
                                        u"1000000"_s);
    const QCommandLineOption locksOption(u"locks"_s, u"Held locks per server (300)."_s, u"n"_s,
                                         u"300"_s);
    const QCommandLineOption rateOption(u"rate"_s, u"Stores per second per server (10000)."_s,
                                        u"n"_s, u"10000"_s);
    const QCommandLineOption newOption(u"new-locks"_s, u"New locks in all (500)."_s, u"n"_s,
                                       u"500"_s);
    const QCommandLineOption blocksOption(u"blocks"_s, u"Observed blocks (5)."_s, u"n"_s, u"5"_s);
    const QCommandLineOption secondsOption(u"block-seconds"_s, u"Seconds per block (50)."_s, u"s"_s,
                                           u"50"_s);
    const QCommandLineOption observersOption(u"observers"_s, u"Watching processes (2)."_s, u"n"_s,
                                             u"2"_s);
    const QCommandLineOption argsOption(
        u"server-args"_s, u"More memcached arguments, e.g. \"-n 128 -f 1.5\"."_s, u"args"_s);
    const QCommandLineOption adversarialOption(
        u"adversarial"_s, u"Cache values in the locks' own slab classes (the class walk is then "
                          u"as big as a full walk)."_s);
    parser.addOptions({keysOption, locksOption, rateOption, newOption, blocksOption, secondsOption,
                       observersOption, argsOption, adversarialOption});
    parser.process(app);
    const int keys = parser.value(keysOption).toInt();
    const int locks = parser.value(locksOption).toInt();
    const double rate = parser.value(rateOption).toDouble();
    const int newLocks = parser.value(newOption).toInt();
    const int blocks = std::max(1, parser.value(blocksOption).toInt());
    const double blockSeconds = parser.value(secondsOption).toDouble();
    const int observers = std::max(1, parser.value(observersOption).toInt());
    const bool adversarial = parser.isSet(adversarialOption);
    const bool pinned = std::thread::hardware_concurrency() >= 2;
    if (pinned)
        pinThisThread(ObserverCore);

    // Values: 200-400 bytes, or (adversarial) the sizes of the locks' own items.
    const QByteArray token = OwnerToken::forThisProcess().toValue() + " fence=123456789";
    QList<qint64> sizes;
    if (adversarial)
        sizes = {1, token.size()};
    else
        for (qint64 size = 200; size <= 400; size += 8)
            sizes.append(size);

    std::array<test::MemcachedServer, Servers> servers;
    QStringList specs;
    std::vector<quint16> ports;
    QStringList serverArgs{u"-m"_s, u"1024"_s};
    serverArgs += parser.value(argsOption).split(u' ', Qt::SkipEmptyParts);
    QElapsedTimer fillClock;
    fillClock.start();
    for (int s = 0; s < Servers; ++s) {
        test::MemcachedServer& server = servers[size_t(s)];
        if (!server.start(serverArgs)) {
            std::fprintf(stderr, "bench_freshness: %s\n", qPrintable(server.errorString()));
            return 1;
        }
        if (pinned)
            pinProcess(server.pid(), ServerCore);
        specs.append(server.spec());
        ports.push_back(server.port());
        // The cache, one size at a time (storeMany stores one value).
        for (qsizetype i = 0; i < sizes.size(); ++i) {
            QList<QByteArray> group;
            for (int k = int(i); k < keys; k += int(sizes.size()))
                group.append("cache:item:" + QByteArray::number(k * Servers + s));
            if (!server.storeMany(group, QByteArray(sizes[i], 'c'), sizes[i] == 1 ? 2 : 0)) {
                std::fprintf(stderr, "bench_freshness: filling %s failed\n",
                             qPrintable(specs.last()));
                return 1;
            }
        }
        QList<QByteArray> tokenLocks;
        QList<QByteArray> seedLocks;
        for (int i = 0; i < locks; ++i)
            (i % 2 ? seedLocks : tokenLocks)
                .append(":1:__d_lock_held-" + QByteArray::number(s) + '-' + QByteArray::number(i));
        if (!server.storeMany(tokenLocks, token, 0, 3600) ||
            !server.storeMany(seedLocks, "1", 2, 3600)) {
            std::fprintf(stderr, "bench_freshness: storing locks failed\n");
            return 1;
        }
    }
    const double fillSeconds = double(fillClock.elapsed()) / 1000.0;

    Writer writer(ports, keys, rate, sizes);
    writer.start(ServerCore);
    // The client's sets are the cache's own size: they stay out of the locks' classes.
    Load load(ports, keys * Servers, 1000, int(sizes[sizes.size() / 2]));
    int probeFd[Servers];
    for (int s = 0; s < Servers; ++s)
        probeFd[s] = connectTo(ports[size_t(s)]);

    QList<Block> done;
    const auto runBlock = [&](bool observed, const std::function<void()>& during) {
        Block block;
        block.observed = observed;
        std::array<ServerCost, Servers> before;
        for (int s = 0; s < Servers; ++s)
            before[size_t(s)] = cost(servers[size_t(s)]);
        load.start(pinned ? ServerCore : -1);
        QElapsedTimer clock;
        clock.start();
        during();
        const std::vector<double> latencies = load.stop();
        block.seconds = double(clock.elapsed()) / 1000.0;
        for (int s = 0; s < Servers; ++s)
            block.cost[size_t(s)] = cost(servers[size_t(s)]).since(before[size_t(s)]);
        block.p99 = percentile(latencies, 0.99);
        block.p50 = percentile(latencies, 0.5);
        done.append(block);
    };
    const auto quietBlock = [&] {
        runBlock(false, [&] { spin(int(blockSeconds * 1000)); });
    };

    // Quiet, before any observer.
    quietBlock();

    QTemporaryDir home; // the observers' profiles and lock-name memory: nobody's
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"})
        env.insert(QString::fromLatin1(name), home.path());
    std::vector<Observer> watching(static_cast<size_t>(observers));
    const bool debug = qEnvironmentVariableIsSet("BENCH_DEBUG");
    QElapsedTimer debugClock;
    debugClock.start();
    QHash<QByteArray, Pending> pending;
    QList<double> latencyMs;
    bool measuring = false;
    int missed = 0;
    const auto readObserver = [&](int index) {
        Observer& observer = watching[size_t(index)];
        observer.partial += observer.process->readAllStandardOutput();
        qsizetype end = 0;
        while ((end = observer.partial.indexOf('\n')) >= 0) {
            const QByteArray line = observer.partial.left(end);
            observer.partial.remove(0, end + 1);
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            if (object.isEmpty())
                continue;
            ++observer.lines;
            observer.last = object;
            if (debug) {
                QString flags;
                for (const QJsonValue& state : object.value(u"servers"_s).toArray()) {
                    const QJsonObject fresh = state.toObject().value(u"new_locks"_s).toObject();
                    flags += u" %1%2%3"_s.arg(
                        fresh.value(u"class_walked"_s).toBool() ? u"C"_s : u"-"_s,
                        fresh.value(u"walk_deferred"_s).toBool() ? u"B"_s : u"-"_s,
                        state.toObject().value(u"walked"_s).toBool() ? u"W"_s : u"-"_s);
                }
                std::fprintf(stderr, "%.3f line observer %d%s\n",
                             double(debugClock.elapsed()) / 1000, index, qPrintable(flags));
            }
            const QJsonArray states = object.value(u"servers"_s).toArray();
            const QJsonArray streams = object.value(u"streams"_s).toArray();
            for (int s = 0; s < Servers && measuring; ++s) {
                observer.refreshBytes[size_t(s)] +=
                    qint64(states.at(s).toObject().value(u"bytes_read"_s).toDouble());
                observer.streamBytes[size_t(s)] =
                    qint64(streams.at(s).toObject().value(u"bytes_read"_s).toDouble()) -
                    observer.streamAtStart[size_t(s)];
            }
            QSet<QByteArray> listed;
            for (const QJsonValue& lock : object.value(u"locks"_s).toArray())
                listed.insert(lock.toObject().value(u"key"_s).toString().toUtf8());
            for (auto it = pending.begin(); it != pending.end();) {
                if (!it->seenBy.contains(index) && listed.contains(it.key())) {
                    it->seenBy.insert(index);
                    latencyMs.append(double(it->since.nsecsElapsed()) / 1e6);
                    if (debug)
                        std::fprintf(stderr, "%.3f listed %s by %d after %.0f ms\n",
                                     double(debugClock.elapsed()) / 1000, it.key().constData(),
                                     index, latencyMs.last());
                }
                if (it->seenBy.size() == observers) { // released once every observer saw it
                    (void)roundTrip(probeFd[it->server], "delete " + it.key() + "\r\n", "\r\n");
                    it = pending.erase(it);
                } else {
                    ++it;
                }
            }
        }
    };
    for (int i = 0; i < observers; ++i) {
        Observer& observer = watching[size_t(i)];
        observer.process = std::make_unique<QProcess>();
        observer.process->setProcessEnvironment(env);
        QObject::connect(observer.process.get(), &QProcess::readyReadStandardOutput, &app,
                         [&readObserver, i] { readObserver(i); });
        const QStringList args{u"watch"_s, u"--json"_s,    u"--interval"_s,
                               u"2"_s,     u"--servers"_s, specs.join(u',')};
        if (pinned)
            observer.process->start(
                u"taskset"_s,
                QStringList{u"-c"_s, QString::number(ObserverCore), QStringLiteral(LOCKBOARD_CTL)} +
                    args);
        else
            observer.process->start(QStringLiteral(LOCKBOARD_CTL), args);
    }
    // Until every observer has walked both servers and refreshed a few times
    // (its stream measured, and paused if over its limit).
    QElapsedTimer startClock;
    startClock.start();
    while (std::any_of(watching.begin(), watching.end(),
                       [](const Observer& o) { return o.lines < 6; }) &&
           startClock.elapsed() < 300000)
        spin(100);
    const double startSeconds = double(startClock.elapsed()) / 1000.0;
    const auto signalObservers = [&](int signal) {
        for (const Observer& observer : watching)
            ::kill(pid_t(observer.process->processId()), signal);
    };

    // New locks at random moments (uniform gaps around the mean), so that
    // they fall anywhere in the observers' refresh cycle.
    const double addEvery = double(blocks) * blockSeconds / std::max(newLocks, 1);
    std::mt19937 random(7);
    std::uniform_real_distribution<double> gap(0.2 * addEvery, 1.8 * addEvery);
    int added = 0;
    for (int b = 0; b < blocks; ++b) {
        if (b > 0)
            signalObservers(SIGCONT);
        runBlock(true, [&] {
            for (Observer& observer : watching) {
                const QJsonArray streams = observer.last.value(u"streams"_s).toArray();
                for (int s = 0; s < Servers; ++s)
                    observer.streamAtStart[size_t(s)] =
                        qint64(streams.at(s).toObject().value(u"bytes_read"_s).toDouble()) -
                        observer.streamBytes[size_t(s)];
            }
            measuring = true;
            QElapsedTimer clock;
            clock.start();
            double nextAdd = gap(random);
            // This block's share of the new locks, all of them even if the
            // random gaps make the block a little longer.
            const int share = newLocks * (b + 1) / blocks;
            while (clock.elapsed() < qint64(blockSeconds * 1000) || added < share) {
                if (added < share && double(clock.elapsed()) >= 1000 * nextAdd) {
                    nextAdd += gap(random);
                    const int s = added % Servers;
                    const QByteArray key = ":1:__d_lock_fresh-" + QByteArray::number(added);
                    const QByteArray value = added % 4 < 2 ? token : QByteArray("1");
                    if (roundTrip(probeFd[s],
                                  "add " + key + (value == "1" ? " 2" : " 0") + " 120 " +
                                      QByteArray::number(value.size()) + "\r\n" + value + "\r\n",
                                  "\r\n")) {
                        Pending entry;
                        entry.since.start();
                        if (debug)
                            std::fprintf(stderr, "%.3f added %s\n",
                                         double(debugClock.elapsed()) / 1000, key.constData());
                        entry.server = s;
                        pending.insert(key, entry);
                    }
                    ++added;
                }
                spin(20);
            }
            // What was added is seen before the observers stop (60 s at most).
            QElapsedTimer drain;
            drain.start();
            while (!pending.isEmpty() && drain.elapsed() < 60000)
                spin(20);
            missed += int(pending.size());
            for (auto it = pending.cbegin(); it != pending.cend(); ++it)
                (void)roundTrip(probeFd[it->server], "delete " + it.key() + "\r\n", "\r\n");
            pending.clear();
            measuring = false;
        });
        signalObservers(SIGSTOP);
        quietBlock();
    }
    signalObservers(SIGCONT);
    for (Observer& observer : watching) {
        observer.process->terminate();
        observer.process->waitForFinished(10000);
    }
    quietBlock(); // after
    writer.stop();
    for (const int fd : probeFd)
        ::close(fd);

    // What it says.
    std::printf("bench_freshness: %d servers x (%d %s + %d locks), memcached %s, writer %.0f "
                "stores/s per server (%lld stored%s), %d observers, %d observed blocks of %.0f s, "
                "%s\n",
                Servers, keys, adversarial ? "values in the locks' classes" : "values of 200-400 B",
                locks, qPrintable(serverArgs.join(u' ')), rate, writer.stored(),
                writer.failed() ? ", WRITER FAILED" : "", observers, blocks, blockSeconds,
                pinned ? "servers+writer+client on core 0, observers on core 1"
                       : "one core: nothing pinned");
    std::printf("fill %.0f s; observers' first walks and settling %.0f s\n", fillSeconds,
                startSeconds);
    std::sort(latencyMs.begin(), latencyMs.end());
    if (latencyMs.isEmpty())
        std::printf("new lock listed: no lock of %d listed within 60 s by any observer\n", added);
    else
        std::printf("new lock listed (add reply -> first watch line per observer), %lld "
                    "samples of %d locks: p50 %s, p99 %s, worst %s (target p99 <= 5000 ms); "
                    "not listed within 60 s: %d\n",
                    qint64(latencyMs.size()), added,
                    qPrintable(ms(latencyMs[latencyMs.size() / 2])),
                    qPrintable(ms(latencyMs[std::min(latencyMs.size() - 1,
                                                     qsizetype(0.99 * double(latencyMs.size())))])),
                    qPrintable(ms(latencyMs.last())), missed);
    // Server cost: observed blocks against the mean of the quiet ones.
    double observedSeconds = 0;
    for (const Block& block : done)
        if (block.observed)
            observedSeconds += block.seconds;
    for (int s = 0; s < Servers; ++s) {
        QList<double> quietCpu;
        double observedCpu = 0;
        qint64 quietCrawls = 0;
        qint64 observedCrawls = 0;
        qint64 quietChecked = 0;
        qint64 observedChecked = 0;
        for (const Block& block : done) {
            const ServerCost& c = block.cost[size_t(s)];
            if (block.observed) {
                observedCpu += c.cpuSeconds;
                observedCrawls += c.crawlerStarts;
                observedChecked += c.itemsChecked;
            } else {
                quietCpu.append(c.cpuSeconds / block.seconds);
                quietCrawls += c.crawlerStarts;
                quietChecked += c.itemsChecked;
            }
        }
        const double quietMean =
            std::accumulate(quietCpu.begin(), quietCpu.end(), 0.0) / double(quietCpu.size());
        const auto [low, high] = std::minmax_element(quietCpu.begin(), quietCpu.end());
        std::printf("server %d: CPU quiet %.2f%% of a core (blocks %.2f%%-%.2f%%), observed "
                    "%.2f%%: added %.2f%% (target <= 1%%); crawls started quiet %lld (%lld items "
                    "checked), observed %lld (%lld items)\n",
                    s, 100 * quietMean, 100 * *low, 100 * *high,
                    100 * observedCpu / observedSeconds,
                    100 * (observedCpu / observedSeconds - quietMean), quietCrawls, quietChecked,
                    observedCrawls, observedChecked);
    }
    for (int i = 0; i < observers; ++i) {
        const Observer& observer = watching[size_t(i)];
        for (int s = 0; s < Servers; ++s) {
            const double refresh = double(observer.refreshBytes[size_t(s)]) / observedSeconds;
            const double stream = double(observer.streamBytes[size_t(s)]) / observedSeconds;
            std::printf("observer %d, server %d: read %.1f KB/s (target <= 50) = refreshes %.1f "
                        "KB/s + store stream %.1f KB/s\n",
                        i, s, (refresh + stream) / 1024, refresh / 1024, stream / 1024);
        }
    }
    const QJsonObject last = watching.front().last;
    for (int s = 0; s < Servers; ++s) {
        const QJsonObject server = last.value(u"servers"_s).toArray().at(s).toObject();
        const QJsonObject stream = last.value(u"streams"_s).toArray().at(s).toObject();
        std::printf("server %d: new locks %s; stream: %s\n", s,
                    qPrintable(server.value(u"new_locks"_s).toObject().value(u"text"_s).toString()),
                    qPrintable(stream.value(u"note"_s).toString().isEmpty()
                                   ? u"streaming"_s
                                   : stream.value(u"note"_s).toString()));
    }
    QList<double> quietP99;
    QList<double> observedP99;
    QString perBlock;
    for (const Block& block : done) {
        (block.observed ? observedP99 : quietP99).append(block.p99);
        perBlock += u" %1%2"_s.arg(block.observed ? u"O"_s : u"q"_s).arg(block.p99, 0, 'f', 0);
    }
    std::sort(quietP99.begin(), quietP99.end());
    std::sort(observedP99.begin(), observedP99.end());
    const double quietMedian = quietP99[quietP99.size() / 2];
    const double observedMedian = observedP99[observedP99.size() / 2];
    const double spread = quietP99.last() / quietP99.first() - 1;
    std::printf("client p99 per block (us, q quiet, O observed):%s\n", qPrintable(perBlock));
    std::printf("client p99: quiet-vs-quiet spread %.3f; observed/quiet (medians) %.3f "
                "(target <= %.3f: 1 + spread + 0.1)\n",
                spread, observedMedian / quietMedian, 1 + spread + 0.1);
    return writer.failed() ? 1 : 0;
}
