// Acquire+release pairs per second: Lockboard's safe lock (meta add returning
// the CAS, then a CAS-guarded delete) against a raw libmemcached add+delete
// pair (the seed's unsafe recipe), on the same server in the same run.
//
//   build/dev/tests/bench/bench_lock [--blocks N] [--pairs N]
//
// It prints a ratio and asserts nothing: machines here are shared and noisy.
#include "core/client/Client.h"
#include "core/lock/DistributedLock.h"
#include "tests/support/MemcachedServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <libmemcached/memcached.h>

using namespace Qt::StringLiterals;
using namespace lockboard;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption blocksOption(u"blocks"_s, u"Timed blocks per side (default 40)."_s,
                                          u"n"_s, u"40"_s);
    const QCommandLineOption pairsOption(u"pairs"_s, u"Pairs per block (default 250)."_s, u"n"_s,
                                         u"250"_s);
    parser.addOptions({blocksOption, pairsOption});
    parser.process(app);
    const int blocks = std::max(1, parser.value(blocksOption).toInt());
    const int pairs = std::max(1, parser.value(pairsOption).toInt());

    // One worker thread, so both sides' connections are served by the same
    // thread: with several, memcached hands connections out round-robin and
    // the two sides could meet differently scheduled threads.
    test::MemcachedServer server;
    if (!server.start({u"-t"_s, u"1"_s})) {
        std::fprintf(stderr, "bench_lock: %s\n", qPrintable(server.errorString()));
        return 1;
    }

    // The unsafe baseline: libmemcached, text protocol, one server, add + delete.
    memcached_st* raw = memcached_create(nullptr);
    memcached_behavior_set(raw, MEMCACHED_BEHAVIOR_TCP_NODELAY, 1);
    memcached_server_add(raw, "127.0.0.1", server.port());
    const QByteArray rawKey = ":1:__d_lock_bench_raw";
    const auto rawPairs = [&] {
        for (int i = 0; i < pairs; ++i) {
            if (memcached_add(raw, rawKey.constData(), size_t(rawKey.size()), "1", 1, 120, 2) !=
                    MEMCACHED_SUCCESS ||
                memcached_delete(raw, rawKey.constData(), size_t(rawKey.size()), 0) !=
                    MEMCACHED_SUCCESS)
                return false;
        }
        return true;
    };

    Profile profile;
    profile.servers = *ServerSpec::parseList(server.spec());
    Client client(profile);
    DistributedLock lock(client, u"bench_safe"_s, {.ttl = 120});
    const auto safePairs = [&] {
        for (int i = 0; i < pairs; ++i) {
            if (lock.acquire().status != LockStatus::Acquired ||
                lock.release().status != LockStatus::Released)
                return false;
        }
        return true;
    };

    // Warm both paths (connections, allocator) before measuring.
    if (!rawPairs() || !safePairs()) {
        std::fprintf(stderr, "bench_lock: a pair failed during warm-up\n");
        return 1;
    }
    // Short blocks, alternating sides (ABBA), so drift and noise on a shared
    // machine fall on both sides alike; compare the median blocks.
    QList<double> rawSeconds;
    QList<double> safeSeconds;
    for (int block = 0; block < 2 * blocks; ++block) {
        const bool safeSide = (block % 4 == 0 || block % 4 == 3);
        QElapsedTimer clock;
        clock.start();
        if (!(safeSide ? safePairs() : rawPairs())) {
            std::fprintf(stderr, "bench_lock: a pair failed\n");
            return 1;
        }
        (safeSide ? safeSeconds : rawSeconds).append(double(clock.nsecsElapsed()) / 1e9);
    }
    memcached_free(raw);

    const double rawTime = median(rawSeconds);
    const double safeTime = median(safeSeconds);
    // Each ABBA group is one safe/raw comparison taken close together in time.
    QList<double> groupRatios;
    for (qsizetype g = 0; g + 1 < safeSeconds.size() && g + 1 < rawSeconds.size(); g += 2)
        groupRatios.append((safeSeconds[g] + safeSeconds[g + 1]) /
                           (rawSeconds[g] + rawSeconds[g + 1]));
    std::printf("bench_lock: memcached on %s, %d blocks x %d pairs per side, median block\n",
                qPrintable(server.spec()), blocks, pairs);
    std::printf("raw libmemcached add+delete (unsafe):  %8.0f pairs/s  %7.1f us/pair\n",
                pairs / rawTime, rawTime / pairs * 1e6);
    std::printf("Lockboard acquire+release (safe):      %8.0f pairs/s  %7.1f us/pair\n",
                pairs / safeTime, safeTime / pairs * 1e6);
    std::printf(
        "ratio safe/raw time: %.3f (target <= 1.10); median of %lld interleaved groups: %.3f\n",
        safeTime / rawTime, qint64(groupRatios.size()),
        groupRatios.isEmpty() ? 0.0 : median(groupRatios));
    return 0;
}
