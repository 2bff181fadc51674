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
#include "tests/bench/BenchSupport.h"
#include "tests/support/MemcachedServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <array>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace lockboard;
using namespace lockboard::bench;

namespace {

constexpr int Servers = 2;

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

    std::vector<quint16> ports;
    for (const test::MemcachedServer& server : servers)
        ports.push_back(server.port());
    Load load(ports, keys * Servers, rate);
    const auto phase = [&](std::array<ServerCost, Servers>& added, std::vector<double>& latencies) {
        std::array<ServerCost, Servers> before;
        for (int s = 0; s < Servers; ++s)
            before[size_t(s)] = cost(servers[size_t(s)]);
        load.start();
        spin(int(seconds * 1000));
        latencies = load.stop();
        for (int s = 0; s < Servers; ++s) {
            const ServerCost after = cost(servers[size_t(s)]);
            added[size_t(s)] = after.since(before[size_t(s)]);
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
    QObject::connect(&activity, &ActivityMonitor::streamingChanged, &inspector,
                     &InspectorThread::noteStreamState);
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
        watched[size_t(s)] = after.since(before[size_t(s)]);
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
