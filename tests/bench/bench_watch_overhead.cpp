// Does watching slow the server? Lock traffic (the seed's recipe: add, then
// delete, plus a contended add) from two client threads against one memcached,
// in alternating timed blocks without and with an ActivityMonitor watching it
// (the stream "watch mutations connevents" and the checks of the lock keys).
//
//   build/dev/tests/bench/bench_watch_overhead [--blocks N] [--seconds S]
//
// Prints throughput per side and the ratio with/without (median of the
// per-pair ratios, to ride out this VM's noise); asserts nothing.
#include "core/activity/ActivityMonitor.h"
#include "core/client/Client.h"
#include "tests/support/MemcachedServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace lockboard;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Client threads doing lock pairs until stopped; counts operations.
class Traffic
{
public:
    Traffic(const Profile& profile, int threads)
    {
        for (int t = 0; t < threads; ++t) {
            m_threads.emplace_back(QThread::create([this, profile, t] {
                Client client(profile);
                Client rival(profile);
                const QByteArray key = ":1:__d_lock_bench-" + QByteArray::number(t % 4);
                while (!m_stop.load()) {
                    if (!m_running.load()) {
                        QThread::usleep(200);
                        continue;
                    }
                    (void)client.add(key, "1", 60, 2);
                    (void)rival.add(key, "1", 60, 2); // contended
                    (void)client.remove(key);
                    m_operations.fetch_add(3);
                }
            }));
            m_threads.back()->start();
        }
    }
    ~Traffic()
    {
        m_stop = true;
        for (auto& thread : m_threads)
            thread->wait();
    }
    // Runs the traffic for `seconds` while this thread's event loop turns
    // (so a monitor living here keeps up); returns operations per second.
    double run(double seconds)
    {
        m_operations = 0;
        QElapsedTimer clock;
        clock.start();
        m_running = true;
        // This thread turns its event loop without pause on both sides: this
        // VM's CPUs run the ping-pong traffic faster when something keeps them
        // awake, which an idle loop would give only the side with the watcher.
        while (clock.elapsed() < qint64(seconds * 1000))
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        m_running = false;
        const double elapsed = double(clock.nsecsElapsed()) / 1e9;
        return double(m_operations.load()) / elapsed;
    }

private:
    std::vector<std::unique_ptr<QThread>> m_threads;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_running{false};
    std::atomic<qint64> m_operations{0};
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption blocksOption(u"blocks"_s, u"Timed blocks per side (default 10)."_s,
                                          u"n"_s, u"10"_s);
    const QCommandLineOption secondsOption(u"seconds"_s, u"Seconds per block (default 2)."_s,
                                           u"s"_s, u"2"_s);
    parser.addOptions({blocksOption, secondsOption});
    parser.process(app);
    const int blocks = std::max(1, parser.value(blocksOption).toInt());
    const double seconds = std::max(0.1, parser.value(secondsOption).toDouble());

    test::MemcachedServer server;
    if (!server.start({u"-t"_s, u"1"_s})) {
        std::fprintf(stderr, "bench_watch_overhead: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    Profile profile;
    profile.name = u"bench"_s;
    profile.servers = *ServerSpec::parseList(server.spec());
    Traffic traffic(profile, 2);

    // The server's own CPU time (stats rusage_user + rusage_system), per operation.
    Client statsClient(profile);
    const auto serverCpu = [&] {
        double seconds = 0;
        for (const auto& [name, value] : statsClient.stats(0).stats)
            if (name == "rusage_user" || name == "rusage_system")
                seconds += value.toDouble();
        return seconds;
    };
    QList<double> without;
    QList<double> with;
    QList<double> ratios;
    QList<double> cpuWithout;
    QList<double> cpuWith;
    qint64 acquisitionsSeen = 0;
    for (int block = 0; block < blocks; ++block) {
        // ABBA order inside each pair of blocks, so drift favours neither side.
        const bool watchedFirst = block % 2 == 1;
        double plain = 0;
        double watched = 0;
        for (int side = 0; side < 2; ++side) {
            const bool watching = (side == 0) == watchedFirst;
            const double cpuBefore = serverCpu();
            if (!watching) {
                plain = traffic.run(seconds);
                cpuWithout.append((serverCpu() - cpuBefore) * 1e6 / (plain * seconds));
                continue;
            }
            ActivityMonitor monitor(profile);
            monitor.start();
            QElapsedTimer ready;
            ready.start();
            while (!monitor.allStreaming() && ready.elapsed() < 5000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            const double cpuStart = serverCpu();
            watched = traffic.run(seconds);
            cpuWith.append((serverCpu() - cpuStart) * 1e6 / (watched * seconds));
            (void)cpuBefore;
            for (const LockActivityStats& lock : monitor.stats())
                acquisitionsSeen += lock.acquisitions;
        }
        without.append(plain);
        with.append(watched);
        ratios.append(watched / plain);
        std::printf("block %2d: without %8.0f ops/s, with watcher %8.0f ops/s, ratio %.3f\n",
                    block + 1, plain, watched, watched / plain);
    }
    std::printf("\nlock traffic (2 client threads, add + contended add + delete), memcached -t 1\n"
                "without watcher: median %.0f ops/s\n"
                "with watcher:    median %.0f ops/s (it saw %lld acquisitions)\n"
                "ratio with/without (median of block ratios): %.3f (target >= 0.95)\n"
                "server CPU per operation: %.2f us without, %.2f us with the watcher\n",
                median(without), median(with), acquisitionsSeen, median(ratios), median(cpuWithout),
                median(cpuWith));
    return 0;
}
