// What watching costs the servers: two memcached servers with N plain keys
// (default 1,000,000) and a few hundred Django locks each, a client doing gets
// and sets at a fixed rate (open loop, so both phases send the same traffic),
// measured first with nothing attached and then with the dashboard's engine
// attached (headless: an InspectorThread refreshed every 2 s, and the
// ActivityMonitor whose store stream reports new locks, wired as MainWindow
// wires them), in steady state after its first walk. Prints, per server, the
// CPU the server spent (stats rusage) and the bytes it wrote, with and
// without, the client's p99 latency ratio, and freshness: from a new lock's
// add to its appearance in a snapshot, and from its delete to its removal.
//
//   build/dev/tests/bench/bench_observer_cost [--keys N] [--locks N] [--seconds S] [--rate OPS]
//
// Targets (issue 12): at most 1% of a core and 20 KB/s added per server, p99
// at most 1.1x, a new lock shown within 2 s, a release within one refresh.
// It asserts nothing.
#include "core/activity/ActivityMonitor.h"
#include "core/inspect/InspectorThread.h"
#include "tests/support/MemcachedServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <arpa/inet.h>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <random>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace lockboard;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int Servers = 2;

struct ServerCost
{
    double cpuSeconds = 0;
    qint64 bytesWritten = 0;
    // The server's own background work, which its CPU includes: crawls
    // started (ours and its automatic expiry crawls) and items they checked.
    qint64 crawlerStarts = 0;
    qint64 itemsChecked = 0;
};

ServerCost cost(const test::MemcachedServer& server)
{
    const QByteArray stats = server.command("stats\r\n", "END\r\n");
    ServerCost cost;
    for (const QByteArray& line : stats.split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() != 3)
            continue;
        if (parts[1] == "rusage_user" || parts[1] == "rusage_system")
            cost.cpuSeconds += parts[2].toDouble();
        else if (parts[1] == "bytes_written")
            cost.bytesWritten = parts[2].toLongLong();
        else if (parts[1] == "lru_crawler_starts")
            cost.crawlerStarts = parts[2].toLongLong();
        else if (parts[1] == "crawler_items_checked")
            cost.itemsChecked = parts[2].toLongLong();
    }
    return cost;
}

int connectTo(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

// One request, read until the reply ends with terminator.
bool roundTrip(int fd, const QByteArray& request, const char* terminator)
{
    if (::send(fd, request.constData(), size_t(request.size()), 0) != request.size())
        return false;
    char buffer[4096];
    QByteArray reply;
    while (!reply.endsWith(terminator)) {
        const ssize_t got = ::recv(fd, buffer, sizeof buffer, 0);
        if (got <= 0)
            return false;
        reply.append(buffer, got);
    }
    return true;
}

// The application's traffic: gets (90%) and sets of the plain keys, spread
// over the servers, at a fixed rate; the latency of every request, in us.
class Load
{
public:
    Load(const std::array<test::MemcachedServer, Servers>& servers, int keys, double rate)
        : m_keys(keys)
        , m_rate(rate)
    {
        for (int s = 0; s < Servers; ++s)
            m_fds[size_t(s)] = connectTo(servers[size_t(s)].port());
    }
    ~Load()
    {
        stop();
        for (int fd : m_fds)
            ::close(fd);
    }
    void start()
    {
        m_latencies.clear();
        m_running = true;
        m_thread = std::thread([this] { run(); });
    }
    // Stops; the latencies measured, sorted.
    std::vector<double> stop()
    {
        m_running = false;
        if (m_thread.joinable())
            m_thread.join();
        std::sort(m_latencies.begin(), m_latencies.end());
        return m_latencies;
    }

private:
    void run()
    {
        std::mt19937 random(42);
        const auto interval = std::chrono::nanoseconds(qint64(1e9 / m_rate));
        auto next = Clock::now();
        for (qint64 i = 0; m_running; ++i) {
            std::this_thread::sleep_until(next);
            next += interval;
            const int key = int(random() % quint32(m_keys));
            const int fd = m_fds[size_t(key % Servers)];
            const QByteArray name = "cache:item:" + QByteArray::number(key);
            const auto before = Clock::now();
            const bool ok =
                i % 10 == 0
                    ? roundTrip(fd, "set " + name + " 0 0 17\r\nsome cached value\r\n", "\r\n")
                    : roundTrip(fd, "get " + name + "\r\n", "END\r\n");
            if (!ok)
                return;
            m_latencies.push_back(
                double(std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - before)
                           .count()) /
                1000.0);
        }
    }

    std::array<int, Servers> m_fds{};
    int m_keys;
    double m_rate;
    std::atomic<bool> m_running{false};
    std::thread m_thread;
    std::vector<double> m_latencies;
};

double percentile(const std::vector<double>& sorted, double fraction)
{
    if (sorted.empty())
        return -1;
    return sorted[std::min(sorted.size() - 1, size_t(fraction * double(sorted.size())))];
}

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    qRegisterMetaType<ClusterSnapshot>();
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption keysOption(u"keys"_s, u"Plain keys per server (default 1000000)."_s,
                                        u"n"_s, u"1000000"_s);
    const QCommandLineOption locksOption(u"locks"_s, u"Locks per server (default 300)."_s, u"n"_s,
                                         u"300"_s);
    const QCommandLineOption secondsOption(u"seconds"_s, u"Seconds per phase (default 30)."_s,
                                           u"s"_s, u"30"_s);
    const QCommandLineOption rateOption(u"rate"_s, u"Client requests per second (default 2000)."_s,
                                        u"ops"_s, u"2000"_s);
    const QCommandLineOption noSettleOption(
        u"no-crawler-settle"_s,
        u"Do not wait for memcached's first automatic crawl of the filled cache (short runs)."_s);
    parser.addOptions({keysOption, locksOption, secondsOption, rateOption, noSettleOption});
    parser.process(app);
    const int keys = parser.value(keysOption).toInt();
    const int locks = parser.value(locksOption).toInt();
    const double seconds = parser.value(secondsOption).toDouble();
    const double rate = parser.value(rateOption).toDouble();

    std::array<test::MemcachedServer, Servers> servers;
    QStringList specs;
    for (int s = 0; s < Servers; ++s) {
        test::MemcachedServer& server = servers[size_t(s)];
        if (!server.start({u"-m"_s, u"1024"_s})) {
            std::fprintf(stderr, "bench_observer_cost: %s\n", qPrintable(server.errorString()));
            return 1;
        }
        specs.append(server.spec());
        QList<QByteArray> plain;
        QList<QByteArray> lockKeys;
        for (int i = s; i < keys * Servers; i += Servers)
            plain.append("cache:item:" + QByteArray::number(i));
        for (int i = 0; i < locks; ++i)
            lockKeys.append(":1:__d_lock_job-" + QByteArray::number(s) + '-' +
                            QByteArray::number(i));
        if (!server.storeMany(plain, "some cached value") ||
            !server.storeMany(lockKeys, "1", 2, 3600)) {
            std::fprintf(stderr, "bench_observer_cost: filling %s failed\n",
                         qPrintable(specs.last()));
            return 1;
        }
    }

    // memcached's LRU maintainer starts an expiry crawl of every class once a
    // minute while crawls find nothing to reclaim, a minute later each time
    // (items.c, lru_maintainer_crawler_check): the first one after the fill
    // would land in whichever phase runs a minute after start (it was always
    // the watched one). Wait for it here; the next comes two minutes after it,
    // after both phases.
    double settleSeconds = -1;
    if (!parser.isSet(noSettleOption)) {
        std::array<qint64, Servers> startsAfterFill{};
        for (int s = 0; s < Servers; ++s)
            startsAfterFill[size_t(s)] = servers[size_t(s)].stat("lru_crawler_starts");
        QElapsedTimer settle;
        settle.start();
        const auto settled = [&] {
            for (int s = 0; s < Servers; ++s) {
                const test::MemcachedServer& server = servers[size_t(s)];
                if (server.stat("lru_crawler_starts") <= startsAfterFill[size_t(s)] ||
                    server.stat("lru_crawler_running") != 0)
                    return false;
            }
            return true;
        };
        while (!settled() && settle.elapsed() < 150000)
            spin(500);
        settleSeconds = double(settle.elapsed()) / 1000.0;
        if (!settled()) {
            std::fprintf(stderr, "bench_observer_cost: memcached's automatic crawl did not come "
                                 "within 150 s\n");
            return 1;
        }
    }

    Load load(servers, keys * Servers, rate);
    const auto phase = [&](std::array<ServerCost, Servers>& added, std::vector<double>& latencies) {
        std::array<ServerCost, Servers> before;
        for (int s = 0; s < Servers; ++s)
            before[size_t(s)] = cost(servers[size_t(s)]);
        load.start();
        spin(int(seconds * 1000));
        latencies = load.stop();
        for (int s = 0; s < Servers; ++s) {
            const ServerCost after = cost(servers[size_t(s)]);
            added[size_t(s)] = {after.cpuSeconds - before[size_t(s)].cpuSeconds,
                                after.bytesWritten - before[size_t(s)].bytesWritten,
                                after.crawlerStarts - before[size_t(s)].crawlerStarts,
                                after.itemsChecked - before[size_t(s)].itemsChecked};
        }
    };

    // Nothing attached.
    std::array<ServerCost, Servers> quiet;
    std::vector<double> quietLatencies;
    phase(quiet, quietLatencies);

    // The dashboard's engine, wired as MainWindow wires it.
    Profile profile;
    profile.name = u"bench"_s;
    profile.servers = *ServerSpec::parseList(specs.join(u','));
    InspectorThread inspector(new ClusterInspector(profile, {}));
    ActivityMonitor activity(profile, {});
    QObject::connect(&activity, &ActivityMonitor::lockKeyStored, &inspector,
                     &InspectorThread::noteLockKey);
    QObject::connect(&activity, &ActivityMonitor::streamGap, &inspector,
                     &InspectorThread::noteStreamGap);
    QTimer refresh;
    refresh.setInterval(2000);
    QObject::connect(&refresh, &QTimer::timeout, &inspector, &InspectorThread::refresh);
    ClusterSnapshot latest;
    int snapshots = 0;
    QObject::connect(inspector.inspector(), &ClusterInspector::snapshotReady, &app,
                     [&](const ClusterSnapshot& snapshot) {
                         latest = snapshot;
                         ++snapshots;
                     });
    QElapsedTimer walkClock;
    walkClock.start();
    activity.start();
    inspector.refresh();
    refresh.start();
    while (snapshots == 0)
        spin(10);
    const double firstRefresh = double(walkClock.elapsed()) / 1000.0;
    const ClusterSnapshot first = latest;
    spin(5000); // settle: the stream connected, a few refreshes

    // Steady state, with a new lock taken and released now and then to time freshness.
    std::array<ServerCost, Servers> watched;
    std::vector<double> watchedLatencies;
    QList<double> shownMs;
    QList<double> goneMs;
    const auto present = [&](const QByteArray& key) {
        return std::any_of(latest.locks.begin(), latest.locks.end(),
                           [&](const LockRecord& lock) { return lock.key == key; });
    };
    std::array<ServerCost, Servers> before;
    std::array<qint64, Servers> streamBefore{};
    for (int s = 0; s < Servers; ++s) {
        before[size_t(s)] = cost(servers[size_t(s)]);
        streamBefore[size_t(s)] = activity.servers()[s].bytesRead;
    }
    load.start();
    QElapsedTimer phaseClock;
    phaseClock.start();
    for (int probe = 0; phaseClock.elapsed() < qint64(seconds * 1000); ++probe) {
        const test::MemcachedServer& server = servers[size_t(probe % Servers)];
        const QByteArray key = ":1:__d_lock_probe-" + QByteArray::number(probe);
        QElapsedTimer clock;
        clock.start();
        (void)server.command("add " + key + " 2 120 1\r\n1\r\n");
        while (!present(key) && clock.elapsed() < 10000)
            spin(5);
        shownMs.append(double(clock.elapsed()));
        spin(1000);
        clock.restart();
        (void)server.command("delete " + key + "\r\n");
        while (present(key) && clock.elapsed() < 10000)
            spin(5);
        goneMs.append(double(clock.elapsed()));
        spin(1000);
    }
    const double watchedSeconds = double(phaseClock.elapsed()) / 1000.0;
    watchedLatencies = load.stop();
    for (int s = 0; s < Servers; ++s) {
        const ServerCost after = cost(servers[size_t(s)]);
        watched[size_t(s)] = {after.cpuSeconds - before[size_t(s)].cpuSeconds,
                              after.bytesWritten - before[size_t(s)].bytesWritten,
                              after.crawlerStarts - before[size_t(s)].crawlerStarts,
                              after.itemsChecked - before[size_t(s)].itemsChecked};
    }
    refresh.stop();
    std::array<double, Servers> streamRate{};
    for (int s = 0; s < Servers; ++s)
        streamRate[size_t(s)] =
            double(activity.servers()[s].bytesRead - streamBefore[size_t(s)]) / watchedSeconds;

    std::printf("bench_observer_cost: %d servers x (%d keys + %d locks), client %.0f req/s "
                "(10%% sets), %.0f s per phase\n",
                Servers, keys, locks, rate, seconds);
    if (settleSeconds >= 0)
        std::printf("waited %.0f s for memcached's first automatic crawl of the filled cache "
                    "(the next is two minutes later)\n",
                    settleSeconds);
    std::printf("first refresh (walks every server): %.2f s; walk of server 0: %lld lines, "
                "%.2f s; next scheduled walk in %lld s\n",
                firstRefresh, first.servers[0].keysScanned, first.servers[0].lastWalkSeconds,
                first.servers[0].lastWalkAt.secsTo(first.servers[0].nextWalkAt));
    for (int s = 0; s < Servers; ++s) {
        const double quietCpu = quiet[size_t(s)].cpuSeconds / seconds;
        const double watchedCpu = watched[size_t(s)].cpuSeconds / watchedSeconds;
        const double quietBytes = double(quiet[size_t(s)].bytesWritten) / seconds;
        const double watchedBytes = double(watched[size_t(s)].bytesWritten) / watchedSeconds;
        // memcached's bytes_written does not count what its logger sends a
        // watcher: the stream is counted where it arrives.
        const double added = (watchedBytes - quietBytes) / 1024;
        std::printf("server %d: CPU %.2f%% of a core -> %.2f%% (added %.2f%%, target <= 1%%); "
                    "read by the engine %.1f KB/s (target <= 20) = replies %.1f KB/s "
                    "(bytes_written %.1f -> %.1f) + store stream %.1f KB/s\n",
                    s, 100 * quietCpu, 100 * watchedCpu, 100 * (watchedCpu - quietCpu),
                    added + streamRate[size_t(s)] / 1024, added, quietBytes / 1024,
                    watchedBytes / 1024, streamRate[size_t(s)] / 1024);
    }
    for (int s = 0; s < Servers; ++s)
        std::printf("server %d: crawls started %lld -> %lld, items crawled %lld -> %lld; "
                    "walks by the engine in the watched phase: %s\n",
                    s, quiet[size_t(s)].crawlerStarts, watched[size_t(s)].crawlerStarts,
                    quiet[size_t(s)].itemsChecked, watched[size_t(s)].itemsChecked,
                    latest.servers[s].lastWalkAt == first.servers[s].lastWalkAt ? "none" : "some");
    for (int s = 0; s < Servers; ++s) {
        const ActivityMonitor::ServerState state = activity.servers()[s];
        std::printf("server %d: activity stream %s, %.1f KB/s, %.0f lines/s%s%s\n", s,
                    state.streaming ? "on" : "off", state.bytesPerSecond / 1024,
                    state.linesPerSecond, state.note.isEmpty() ? "" : ": ", qPrintable(state.note));
    }
    const double quietP99 = percentile(quietLatencies, 0.99);
    const double watchedP99 = percentile(watchedLatencies, 0.99);
    std::printf("client p99: %.0f us -> %.0f us, ratio %.3f (target <= 1.1); p50 %.0f -> %.0f "
                "us\n",
                quietP99, watchedP99, watchedP99 / quietP99, percentile(quietLatencies, 0.5),
                percentile(watchedLatencies, 0.5));
    std::sort(shownMs.begin(), shownMs.end());
    std::sort(goneMs.begin(), goneMs.end());
    if (!shownMs.isEmpty())
        std::printf("freshness over %lld probes: new lock shown after median %.0f ms, worst %.0f "
                    "ms (target <= 2000); release gone after median %.0f ms, worst %.0f ms "
                    "(target: one refresh, 2000 ms)\n",
                    qint64(shownMs.size()), shownMs[shownMs.size() / 2], shownMs.last(),
                    goneMs[goneMs.size() / 2], goneMs.last());
    return 0;
}
