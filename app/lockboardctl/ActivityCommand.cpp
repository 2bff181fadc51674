#include "app/lockboardctl/ActivityCommand.h"

#include "app/lockboardctl/CliIo.h"
#include "app/lockboardctl/CommonOptions.h"
#include "app/lockboardctl/TextTable.h"
#include "core/activity/ActivityMonitor.h"
#include "core/common/Quote.h"
#include "core/common/Ttl.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace lockboard::cli {

namespace {

// The command's words, in the context "lockboardctl" for translators.
class Ctl
{
    Q_DECLARE_TR_FUNCTIONS(lockboardctl)
};

QString seconds(double value)
{
    return value < 0 ? u"-"_s : u"%1 s"_s.arg(value, 0, 'f', value < 10 ? 2 : 0);
}

QJsonValue orNull(double value)
{
    return value < 0 ? QJsonValue() : QJsonValue(value);
}

void printTable(CliIo& io, const QList<LockActivityStats>& locks, const ActivityMonitor& monitor)
{
    TextTable table({u"LOCK"_s, u"SERVER"_s, u"HELD"_s, u"HOLDER"_s, u"ACQ/MIN"_s, u"CONT/MIN"_s,
                     u"CONTENTION"_s, u"ACQUIRED"_s, u"CONTENDED"_s, u"RELEASED"_s, u"EXPIRED"_s,
                     u"HOLD P50"_s, u"HOLD P99"_s, u"TTL"_s, u"HINTS"_s});
    const QList<ActivityMonitor::ServerState> servers = monitor.servers();
    for (const LockActivityStats& lock : locks) {
        QStringList hints;
        for (ActivityHint hint : lock.hints)
            hints.append(activityHintText(hint));
        table.addRow({lock.name, servers.value(lock.server).server,
                      lock.held ? (lock.heldFor >= 0 ? seconds(lock.heldFor) : u"yes"_s) : u"no"_s,
                      QString::fromUtf8(lock.holderAddress),
                      QString::number(lock.acquisitionsPerMinute, 'f', 1),
                      QString::number(lock.contendedPerMinute, 'f', 1),
                      lock.contentionRatio < 0
                          ? u"-"_s
                          : u"%1%"_s.arg(lock.contentionRatio * 100, 0, 'f', 0),
                      QString::number(lock.acquisitions), QString::number(lock.contended),
                      QString::number(lock.released), QString::number(lock.expired),
                      seconds(lock.holdP50), seconds(lock.holdP99),
                      lock.ttl == ttl::Never ? u"never"_s
                      : lock.ttl < 0         ? u"-"_s
                                             : u"%1 s"_s.arg(lock.ttl),
                      hints.join(u"; "_s)});
    }
    table.print(io.out());
}

void printJson(CliIo& io, const QList<LockActivityStats>& locks, const ActivityMonitor& monitor,
               double watched)
{
    const QList<ActivityMonitor::ServerState> servers = monitor.servers();
    QJsonArray lockArray;
    for (const LockActivityStats& lock : locks) {
        QJsonArray hints;
        for (ActivityHint hint : lock.hints)
            hints.append(activityHintText(hint));
        lockArray.append(QJsonObject{
            {u"name"_s, lock.name},
            {u"key"_s, QString::fromUtf8(lock.key)},
            {u"server"_s, servers.value(lock.server).server},
            {u"held"_s, lock.held},
            {u"held_for"_s, orNull(lock.heldFor)},
            {u"holder_address"_s, lock.holderAddress.isEmpty()
                                      ? QJsonValue()
                                      : QJsonValue(QString::fromUtf8(lock.holderAddress))},
            {u"acquisitions"_s, lock.acquisitions},
            {u"contended"_s, lock.contended},
            {u"released"_s, lock.released},
            {u"expired"_s, lock.expired},
            {u"acquisitions_per_minute"_s, lock.acquisitionsPerMinute},
            {u"contended_per_minute"_s, lock.contendedPerMinute},
            {u"contention_ratio"_s, orNull(lock.contentionRatio)},
            {u"hold_samples"_s, lock.holdSamples},
            {u"hold_p50"_s, orNull(lock.holdP50)},
            {u"hold_p99"_s, orNull(lock.holdP99)},
            {u"ttl"_s, lock.ttl == ttl::Unknown ? QJsonValue() : QJsonValue(qint64(lock.ttl))},
            {u"hints"_s, hints},
        });
    }
    QJsonArray serverArray;
    for (const ActivityMonitor::ServerState& server : servers)
        serverArray.append(QJsonObject{{u"server"_s, server.server},
                                       {u"streaming"_s, server.streaming},
                                       {u"supported"_s, server.supported},
                                       {u"note"_s, server.note}});
    io.printJson(QJsonDocument(QJsonObject{
        {u"watched_seconds"_s, watched}, {u"servers"_s, serverArray}, {u"locks"_s, lockArray}}));
}

} // namespace

int runActivity(const QStringList& args, CliIo& io)
{
    CommandLine command(
        u"lockboardctl activity [options]"_s,
        Ctl::tr("Watch every server's lock traffic (memcached's \"watch mutations connevents\") "
                "for --duration seconds, then show per lock: acquisitions and contended attempts "
                "(per minute and in all), the contention ratio, hold times of released locks "
                "(p50, p99), how many expired instead of being released, the current holder's "
                "client address, and hints about stuck locks (no TTL, held longer than usual, TTL "
                "far above its holds). Only what happens while watching is counted.\nExit codes: "
                "0 every server streamed, 1 a server could not be watched (the figures are "
                "incomplete), 2 bad input."),
        CommandLine::Cluster | CommandLine::Network | CommandLine::Inspect);
    QCommandLineParser& parser = command.parser();
    const QCommandLineOption durationOption(
        u"duration"_s, Ctl::tr("Seconds to watch before printing. Default: 60."), u"s"_s, u"60"_s);
    parser.addOption(durationOption);
    int exitCode = ExitOk;
    const auto connection = command.connect(args, io, exitCode);
    if (!connection)
        return exitCode;
    const auto duration = parseSeconds(parser.value(durationOption), 0.5, 86400);
    if (!duration)
        return io.fail(ExitUsage,
                       Ctl::tr("--duration: %1 is not a number of seconds between 0.5 and 86400")
                           .arg(quote(parser.value(durationOption))));

    ActivityMonitor monitor(connection->profile, connection->options);
    QEventLoop loop;
    QTimer::singleShot(int(*duration * 1000), &loop, &QEventLoop::quit);
    monitor.start();
    loop.exec();

    const QList<LockActivityStats> locks = monitor.stats();
    if (command.json())
        printJson(io, locks, monitor, *duration);
    else
        printTable(io, locks, monitor);
    int missing = 0;
    for (const ActivityMonitor::ServerState& server : monitor.servers()) {
        if (!server.streaming) {
            io.err() << u"lockboardctl: "_s << server.note << u'\n';
            ++missing;
        }
    }
    return missing ? ExitFailure : ExitOk;
}

} // namespace lockboard::cli
