// Lock discovery at scale: 3 servers with N keys each (default 1,000,000) and
// a few thousand lock keys. Times a keyspace walk of every server
// (ClusterInspector::scanKeyspace: stats, metadump with the lock filter, one
// pipelined mg ... u batch for the locks) against a raw
// "lru_crawler metadump hash" of the same three servers read in parallel and
// thrown away, alternating, and prints the ratio of the medians; then the
// process's peak memory growth during the inspections.
//
//   build/dev/tests/bench/bench_locks_scan [--keys N] [--locks N] [--rounds N]
//
// It asserts nothing.
#include "core/inspect/ClusterInspector.h"
#include "tests/support/MemcachedServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTcpSocket>

#include <algorithm>
#include <array>
#include <cstdio>
#include <thread>

using namespace Qt::StringLiterals;
using namespace lockboard;

namespace {

qint64 peakRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// A raw dump of one server, read to END and discarded; returns bytes read.
qint64 rawDump(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return -1;
    socket.write("lru_crawler metadump hash\r\n");
    qint64 total = 0;
    QByteArray tail;
    while (socket.waitForReadyRead(30000)) {
        const QByteArray chunk = socket.readAll();
        total += chunk.size();
        tail = QByteArray(tail + chunk).right(16);
        if (tail.endsWith("\nEND\r\n") || tail == "END\r\n")
            return total;
    }
    return -1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption keysOption(u"keys"_s, u"Keys per server (default 1000000)."_s, u"n"_s,
                                        u"1000000"_s);
    const QCommandLineOption locksOption(u"locks"_s, u"Lock keys in all (default 3000)."_s, u"n"_s,
                                         u"3000"_s);
    const QCommandLineOption roundsOption(u"rounds"_s, u"Timed rounds per side (default 5)."_s,
                                          u"n"_s, u"5"_s);
    parser.addOptions({keysOption, locksOption, roundsOption});
    parser.process(app);
    const int keys = parser.value(keysOption).toInt();
    const int locks = parser.value(locksOption).toInt();
    const int rounds = std::max(1, parser.value(roundsOption).toInt());

    std::array<test::MemcachedServer, 3> servers;
    QStringList specs;
    for (test::MemcachedServer& server : servers) {
        if (!server.start({u"-m"_s, u"1024"_s})) {
            std::fprintf(stderr, "bench_locks_scan: %s\n", qPrintable(server.errorString()));
            return 1;
        }
        specs.append(server.spec());
    }
    // Fill: ordinary keys on every server, and the locks spread over them.
    for (int s = 0; s < 3; ++s) {
        QByteArray batch;
        for (int i = 0; i < keys; ++i) {
            batch += "set :1:views.cache.page" + QByteArray::number(i) +
                     " 0 0 10 noreply\r\n0123456789\r\n";
            if (batch.size() > 8 * 1024 * 1024 || i + 1 == keys) {
                if (!servers[size_t(s)].command(batch + "version\r\n").startsWith("VERSION")) {
                    std::fprintf(stderr, "bench_locks_scan: filling %s failed\n",
                                 qPrintable(specs[s]));
                    return 1;
                }
                batch.clear();
            }
        }
        for (int i = s; i < locks; i += 3)
            batch += "set :1:__d_lock_job" + QByteArray::number(i) + " 2 3600 1 noreply\r\n1\r\n";
        (void)servers[size_t(s)].command(batch + "version\r\n");
    }

    Profile profile;
    profile.servers = *ServerSpec::parseList(specs.join(u','));
    ClusterInspector inspector(profile, {5000, 30000});
    const qint64 rssBefore = peakRssKb();
    QList<double> rawSeconds;
    QList<double> scanSeconds;
    qint64 rawBytes = 0;
    int found = 0;
    for (int round = 0; round < 2 * rounds; ++round) {
        QElapsedTimer clock;
        clock.start();
        if (round % 2 == 0) {
            std::array<qint64, 3> bytes{};
            std::array<std::thread, 3> readers;
            for (int s = 0; s < 3; ++s)
                readers[size_t(s)] =
                    std::thread([&, s] { bytes[size_t(s)] = rawDump(servers[size_t(s)].port()); });
            for (std::thread& reader : readers)
                reader.join();
            rawSeconds.append(double(clock.nsecsElapsed()) / 1e9);
            rawBytes = bytes[0] + bytes[1] + bytes[2];
        } else {
            QEventLoop loop;
            QObject::connect(&inspector, &ClusterInspector::snapshotReady, &loop,
                             [&](const ClusterSnapshot& snapshot) {
                                 found = int(snapshot.locks.size());
                                 loop.quit();
                             });
            inspector.scanKeyspace(); // what every one-shot `locks` does: walk now
            loop.exec();
            scanSeconds.append(double(clock.nsecsElapsed()) / 1e9);
            QObject::disconnect(&inspector, &ClusterInspector::snapshotReady, &loop, nullptr);
        }
    }
    const qint64 rssAfter = peakRssKb();
    const double raw = median(rawSeconds);
    const double scan = median(scanSeconds);
    std::printf("bench_locks_scan: 3 servers x %d keys, %d lock keys (%d found), %d rounds per "
                "side, medians\n",
                keys, locks, found, rounds);
    std::printf("raw metadump hash, 3 servers in parallel: %.3f s (%.1f MB read)\n", raw,
                double(rawBytes) / 1e6);
    std::printf("lockboard locks (inspector refresh):      %.3f s\n", scan);
    std::printf("ratio locks/raw time: %.3f (target <= 1.25)\n", scan / raw);
    std::printf("peak memory: %.1f MB before the rounds, %.1f MB after (growth %.1f MB)\n",
                double(rssBefore) / 1024, double(rssAfter) / 1024,
                double(rssAfter - rssBefore) / 1024);
    return found == locks ? 0 : 1;
}
