// Many locks: `lockboardctl locks --json` over two servers with 50,000 lock
// keys each (and some plain keys) against a plain pipelined reader, the
// 20-line Python script an operator would write (one metadump per server,
// then one pipelined mg per lock), both run as processes, alternating; prints
// the median times and their ratio (target: at most 1.0).
//
//   build/dev/tests/bench/bench_many_locks [--locks N] [--keys N] [--rounds N]
//
// It asserts nothing; it exits 1 when either side does not list every lock.
#include "tests/support/MemcachedServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <algorithm>
#include <array>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace lockboard;

namespace {

// The baseline: what an operator would write in Python in a few minutes.
constexpr char Baseline[] = R"(
import json, socket, sys, urllib.parse
out = []
for spec in sys.argv[1].split(','):
    host, port = spec.rsplit(':', 1)
    s = socket.create_connection((host, int(port)))
    f = s.makefile('rb')
    s.sendall(b'lru_crawler metadump hash\r\n')
    keys = []
    for line in f:
        if line.startswith(b'END'):
            break
        key = line.split(b' ', 1)[0][4:]
        if b'__d_lock_' in key:
            keys.append(urllib.parse.unquote_to_bytes(key))
    s.sendall(b''.join(b'mg %s t c f v s u\r\n' % k for k in keys))
    for k in keys:
        head = f.readline().split()
        if head[0] == b'VA':
            value = f.read(int(head[1]) + 2)[:-2]
            out.append({'key': k.decode(), 'server': spec, 'value': value.decode('latin1'),
                        'meta': [x.decode() for x in head[2:]]})
print(json.dumps(out))
)";

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Runs a program to its end; the seconds it took and how many JSON array entries it printed.
std::pair<double, qsizetype> timed(const QString& program, const QStringList& args)
{
    QProcess process;
    QElapsedTimer clock;
    clock.start();
    process.start(program, args);
    if (!process.waitForFinished(300000) || process.exitCode() != 0) {
        std::fprintf(stderr, "bench_many_locks: %s failed: %s\n", qPrintable(program),
                     process.readAllStandardError().constData());
        return {-1, 0};
    }
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    return {seconds, QJsonDocument::fromJson(process.readAllStandardOutput()).array().size()};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption locksOption(u"locks"_s, u"Lock keys per server (default 50000)."_s,
                                         u"n"_s, u"50000"_s);
    const QCommandLineOption keysOption(u"keys"_s, u"Plain keys per server (default 100000)."_s,
                                        u"n"_s, u"100000"_s);
    const QCommandLineOption roundsOption(u"rounds"_s, u"Timed rounds per side (default 5)."_s,
                                          u"n"_s, u"5"_s);
    parser.addOptions({locksOption, keysOption, roundsOption});
    parser.process(app);
    const int locks = parser.value(locksOption).toInt();
    const int keys = parser.value(keysOption).toInt();
    const int rounds = std::max(1, parser.value(roundsOption).toInt());

    std::array<test::MemcachedServer, 2> servers;
    QStringList specs;
    for (int s = 0; s < 2; ++s) {
        test::MemcachedServer& server = servers[size_t(s)];
        if (!server.start({u"-m"_s, u"512"_s})) {
            std::fprintf(stderr, "bench_many_locks: %s\n", qPrintable(server.errorString()));
            return 1;
        }
        specs.append(server.spec());
        QList<QByteArray> plain;
        QList<QByteArray> lockKeys;
        for (int i = 0; i < keys; ++i)
            plain.append(":1:views.cache.page" + QByteArray::number(i));
        for (int i = 0; i < locks; ++i)
            lockKeys.append(":1:__d_lock_job-" + QByteArray::number(s) + '-' +
                            QByteArray::number(i));
        if (!server.storeMany(plain, "0123456789") || !server.storeMany(lockKeys, "1", 2, 3600)) {
            std::fprintf(stderr, "bench_many_locks: filling %s failed\n", qPrintable(specs.last()));
            return 1;
        }
    }

    const QString serverList = specs.join(u',');
    QList<double> baseline;
    QList<double> lockboard;
    qsizetype baselineFound = 0;
    qsizetype lockboardFound = 0;
    for (int round = 0; round < 2 * rounds; ++round) {
        if (round % 2 == 0) {
            const auto [seconds, found] =
                timed(u"/usr/bin/python3"_s, {u"-c"_s, QString::fromLatin1(Baseline), serverList});
            baseline.append(seconds);
            baselineFound = found;
        } else {
            const auto [seconds, found] =
                timed(QStringLiteral(LOCKBOARD_CTL),
                      {u"locks"_s, u"--json"_s, u"--servers"_s, serverList});
            lockboard.append(seconds);
            lockboardFound = found;
        }
    }
    const double base = median(baseline);
    const double ours = median(lockboard);
    std::printf("bench_many_locks: 2 servers x (%d locks + %d plain keys), %d rounds per side, "
                "medians\n",
                locks, keys, rounds);
    std::printf("python pipelined reader (1 dump + 1 mg per lock): %.3f s, %lld locks\n", base,
                qint64(baselineFound));
    std::printf("lockboardctl locks --json:                        %.3f s, %lld locks\n", ours,
                qint64(lockboardFound));
    std::printf("ratio lockboard/python: %.3f (target <= 1.0)\n", ours / base);
    return baselineFound == 2 * locks && lockboardFound == 2 * locks ? 0 : 1;
}
