#include "app/lockboardctl/InspectCommands.h"

#include "app/lockboardctl/CliIo.h"
#include "app/lockboardctl/CommonOptions.h"
#include "app/lockboardctl/JsonWriter.h"
#include "app/lockboardctl/TextTable.h"
#include "core/activity/ActivityMonitor.h"
#include "core/common/Format.h"
#include "core/common/Quote.h"
#include "core/inspect/ClusterInspector.h"
#include "core/inspect/Rules.h"
#include "core/inspect/ValueDecoder.h"
#include "core/transport/AdminConnection.h"

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

struct Setup
{
    Profile profile;
    ClientOptions options;
    bool json = false;
    bool anyVersion = true;  // lock keys of any Django VERSION
    bool healthOnly = false; // no walk, no lock reads
};

ClusterSnapshot inspectOnce(const Setup& setup, CliIo& io)
{
    ClusterInspector inspector(setup.profile, setup.options);
    inspector.setAnyVersion(setup.anyVersion);
    inspector.setHealthOnly(setup.healthOnly);
    inspector.setLockKeyMemory(LockKeyMemory::forProfile(io.profiles(), setup.profile.name));
    ClusterSnapshot snapshot;
    QEventLoop loop;
    QObject::connect(&inspector, &ClusterInspector::snapshotReady, &loop,
                     [&](const ClusterSnapshot& taken) {
                         snapshot = taken;
                         loop.quit();
                     });
    inspector.refresh();
    loop.exec();
    return snapshot;
}

// A duration in a table cell: "-" when unknown.
QString duration(qint64 seconds)
{
    return seconds < 0 ? u"-"_s : formatDuration(seconds);
}

// "12s ago (0.84 s), next in 1h", or "names mode".
QString walkText(const ServerHealth& server, const QDateTime& now)
{
    if (server.listing == ServerHealth::Listing::Names)
        return u"names mode"_s;
    if (!server.lastWalkAt.isValid())
        return u"-"_s;
    QString text = u"%1 ago (%2 s)"_s.arg(duration(server.lastWalkAt.secsTo(now)))
                       .arg(server.lastWalkSeconds, 0, 'f', 2);
    if (server.nextWalkAt.isValid())
        text += u", next in %1"_s.arg(duration(std::max<qint64>(0, now.secsTo(server.nextWalkAt))));
    return text;
}

QJsonValue timeJson(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(at.toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue secondsJson(double seconds)
{
    return seconds >= 0 ? QJsonValue(seconds) : QJsonValue();
}

// How late a new lock can be listed there (Freshness), for scripts.
QJsonObject freshnessJson(const ServerHealth& server, const QDateTime& now)
{
    const Freshness& fresh = server.freshness;
    QJsonArray walked;
    for (const int id : server.walkedClasses)
        walked.append(id);
    return QJsonObject{
        {u"mechanism"_s, mechanismName(fresh.mechanism)},
        {u"within_seconds"_s, secondsJson(fresh.withinSeconds)},
        {u"classes"_s, fresh.classes},
        {u"class_items"_s, fresh.classItems},
        {u"slow_classes"_s, fresh.slowClasses},
        {u"slow_items"_s, fresh.slowItems},
        {u"slow_within_seconds"_s, secondsJson(fresh.slowWithinSeconds)},
        {u"next_full_walk"_s, timeJson(fresh.nextFullWalk)},
        {u"text"_s, freshnessText(fresh, now)},
        {u"class_walked"_s, server.classWalked},
        {u"walked_classes"_s, walked},
        {u"class_walk_lines"_s, server.classWalkLines},
        {u"walk_deferred"_s, server.walkDeferred},
    };
}

QJsonArray serversJson(const ClusterSnapshot& snapshot)
{
    QJsonArray array;
    for (const ServerHealth& server : snapshot.servers)
        array.append(QJsonObject{
            {u"server"_s, server.server},
            {u"up"_s, server.up},
            {u"error"_s, server.error ? QJsonValue(server.errorText()) : QJsonValue()},
            {u"latency_ms"_s, server.up ? QJsonValue(server.latencyMs) : QJsonValue()},
            {u"connect_ms"_s, server.connectMs >= 0 ? QJsonValue(server.connectMs) : QJsonValue()},
            {u"version"_s, server.version},
            {u"uptime"_s, server.uptime},
            {u"pid"_s, server.pid},
            {u"curr_items"_s, server.items},
            {u"curr_connections"_s, server.connections},
            {u"max_connections"_s, server.maxConnections},
            {u"evictions"_s, server.evictions},
            {u"bytes"_s, server.bytes},
            {u"limit_maxbytes"_s, server.limitBytes},
            {u"hit_ratio"_s, server.hitRatio >= 0 ? QJsonValue(server.hitRatio) : QJsonValue()},
            {u"failed_sets"_s, server.failedSets()},
            {u"server_failed_sets"_s, server.serverFailedSets},
            {u"own_failed_sets"_s, server.ownFailedSets},
            {u"scanned"_s, server.scanned},
            {u"listing"_s, server.listing == ServerHealth::Listing::Names ? u"names"_s : u"walk"_s},
            {u"listing_note"_s,
             server.listingNote.isEmpty() ? QJsonValue() : QJsonValue(server.listingNote)},
            {u"keys_scanned"_s, server.keysScanned},
            {u"last_walk"_s, server.lastWalkAt.isValid()
                                 ? QJsonValue(server.lastWalkAt.toString(Qt::ISODateWithMs))
                                 : QJsonValue()},
            {u"last_walk_seconds"_s,
             server.lastWalkSeconds >= 0 ? QJsonValue(server.lastWalkSeconds) : QJsonValue()},
            {u"next_walk"_s, server.nextWalkAt.isValid()
                                 ? QJsonValue(server.nextWalkAt.toString(Qt::ISODateWithMs))
                                 : QJsonValue()},
            {u"locks_read"_s, server.locksRead},
            {u"bytes_read"_s, server.bytesRead},
            {u"evictions_off"_s, server.evictionsOff},
            {u"item_size_max"_s, server.itemSizeMax},
            {u"encrypted"_s, server.encrypted},
            {u"verified"_s, server.verified},
            {u"authenticated"_s, server.authenticated},
            {u"new_locks"_s, freshnessJson(server, snapshot.takenAt)},
        });
    return array;
}

void printServers(CliIo& io, const ClusterSnapshot& snapshot, bool json)
{
    TextTable table({u"SERVER"_s, u"STATE"_s, u"LATENCY"_s, u"VERSION"_s, u"UPTIME"_s, u"ITEMS"_s,
                     u"CONNS"_s, u"EVICTIONS"_s, u"MEMORY"_s, u"HIT %"_s, u"FAILED SETS"_s,
                     u"KEYSPACE WALK"_s, u"SECURITY"_s});
    for (const ServerHealth& server : snapshot.servers) {
        table.addRow(
            {server.server, server.up ? (server.error ? u"up, scan failed"_s : u"up"_s) : u"DOWN"_s,
             server.up ? u"%1 ms"_s.arg(server.latencyMs, 0, 'f', 2) : u"-"_s, server.version,
             server.up ? duration(server.uptime) : u"-"_s, QString::number(server.items),
             u"%1/%2"_s.arg(server.connections).arg(server.maxConnections),
             QString::number(server.evictions),
             server.up ? u"%1/%2"_s.arg(formatBytes(server.bytes), formatBytes(server.limitBytes))
                       : u"-"_s,
             server.hitRatio >= 0 ? QString::number(server.hitRatio * 100, 'f', 1) : u"-"_s,
             QString::number(server.failedSets()), walkText(server, snapshot.takenAt),
             server.up ? server.linkText() : u"-"_s});
    }
    io.printJsonOrTable(json, QJsonDocument(json ? serversJson(snapshot) : QJsonArray()), table);
}

// One lock copy as a JSON object, appended to buffer.
void appendLockJson(std::string& buffer, const LockRecord& lock)
{
    JsonWriter object(buffer);
    object.field("name"_L1, lock.name);
    object.field("recipe"_L1, lock.recipe);
    object.utf8Field("key"_L1, lock.key);
    object.field("version"_L1, qint64(lock.version));
    object.field("server"_L1, lock.serverName);
    object.field("home"_L1, lock.homeName);
    object.field("misplaced"_L1, lock.misplaced);
    object.field("split"_L1, lock.split);
    object.field("ttl"_L1, lock.ttl);
    object.numberAsString("cas"_L1, lock.cas);
    object.field("flags"_L1, qint64(lock.flags));
    object.field("value"_L1, lock.value);
    object.field("value_kind"_L1, lock.valueKind);
    if (lock.owner) {
        std::string owner;
        JsonWriter fields(owner);
        fields.field("host"_L1, lock.owner->host);
        fields.field("pid"_L1, qint64(lock.owner->pid));
        fields.field("nonce"_L1, QString::fromLatin1(lock.owner->nonce));
        fields.field("acquired"_L1, lock.owner->acquired.toString(Qt::ISODateWithMs));
        object.raw("owner"_L1, fields.close());
    } else {
        object.null("owner"_L1);
    }
    if (lock.ownerKind.isEmpty()) {
        object.null("owner_kind"_L1);
        object.null("owner_detail"_L1);
    } else {
        object.field("owner_kind"_L1, lock.ownerKind);
        object.field("owner_detail"_L1, lock.ownerDetail);
    }
    object.field("release_compares_owner"_L1, lock.releaseComparesOwner);
    if (lock.acquired)
        object.field("acquired"_L1, lock.acquired->toString(Qt::ISODateWithMs));
    else
        object.null("acquired"_L1);
    object.field("idle_seconds"_L1, lock.idleSeconds);
    if (lock.fencingToken)
        object.numberAsString("fencing_token"_L1, lock.fencingToken);
    else
        object.null("fencing_token"_L1);
    object.close();
}

void printLocks(CliIo& io, const ClusterSnapshot& snapshot, bool json)
{
    TextTable table({u"NAME"_s, u"RECIPE"_s, u"SERVER"_s, u"HOME"_s, u"STATE"_s, u"TTL"_s,
                     u"IDLE"_s, u"OWNER"_s, u"FENCE"_s, u"VALUE"_s, u"CAS"_s});
    constexpr size_t FlushBytes = 1 << 20;
    std::string buffer;
    if (json)
        buffer.reserve(FlushBytes + 64 * 1024);
    bool first = true;
    for (const LockRecord& lock : snapshot.locks) {
        if (!json) {
            table.addRow({lock.name, lock.recipe, lock.serverName, lock.homeName,
                          lockStateText(lock),
                          lock.ttl == ttl::Never ? u"never"_s : duration(lock.ttl),
                          duration(lock.idleSeconds),
                          lock.owner ? u"%1:%2"_s.arg(lock.owner->host).arg(lock.owner->pid)
                                     : (lock.ownerKind.isEmpty() ? u"-"_s : lock.ownerKind),
                          lock.fencingToken ? QString::number(lock.fencingToken) : u"-"_s,
                          lock.owner ? u"(token)"_s : lock.value, QString::number(lock.cas)});
            continue;
        }
        // Written as it goes, in UTF-8: a hundred thousand locks never sit in
        // one JSON tree, and the buffer goes out a megabyte at a time.
        buffer += first ? "[\n" : ",\n";
        first = false;
        appendLockJson(buffer, lock);
        if (buffer.size() >= FlushBytes) {
            io.writeRaw(QByteArrayView(buffer.data(), qsizetype(buffer.size())));
            buffer.clear(); // keeps its capacity
        }
    }
    if (json) {
        buffer += first ? "[]\n" : "\n]\n";
        io.writeRaw(QByteArrayView(buffer.data(), qsizetype(buffer.size())));
        return;
    }
    table.print(io.out());
    io.out().flush();
}

// A server whose part of the answer is missing: down, failed, or (when its
// locks were asked for) not read. `locks`, `servers` and `watch` exit 1 for it.
bool missingFrom(const ServerHealth& server, bool requireScan)
{
    return !server.up || (requireScan && !server.scanned) || server.error.has_value();
}

int warnAboutServers(CliIo& io, const ClusterSnapshot& snapshot, bool requireScan)
{
    int failed = 0;
    for (const ServerHealth& server : snapshot.servers) {
        if (requireScan && !server.listingNote.isEmpty())
            io.err() << u"lockboardctl: note: "_s << server.listingNote << u'\n';
        if (!missingFrom(server, requireScan))
            continue;
        ++failed;
        const QString subject = server.error ? server.errorText() : server.server;
        io.err() << u"lockboardctl: warning: "_s
                 << (requireScan ? Ctl::tr("%1 (its locks are not listed)").arg(subject) : subject)
                 << u'\n';
    }
    io.err().flush();
    return failed;
}

} // namespace

int runServers(const QStringList& args, CliIo& io)
{
    CommandLine command(
        u"lockboardctl servers [options]"_s,
        Ctl::tr("Show every server's health: up or down and why, latency, version, uptime and "
                "restarts, items, connections, evictions, memory, hit ratio and failed sets "
                "(store_too_large + store_no_memory).\n"
                "It reads each server's stats only: no keyspace walk, no lock reads, so it can run "
                "in a loop.\nExit codes: 0 all servers up, 1 a server is down, 2 bad input."),
        CommandLine::Cluster | CommandLine::Network);
    int exitCode = ExitOk;
    const auto connection = command.connect(args, io, exitCode);
    if (!connection)
        return exitCode;
    Setup setup{connection->profile, connection->options, command.json()};
    setup.healthOnly = true; // health costs a server one stats, not a walk of its keys

    const ClusterSnapshot snapshot = inspectOnce(setup, io);
    printServers(io, snapshot, setup.json);
    return warnAboutServers(io, snapshot, false) > 0 ? ExitFailure : ExitOk;
}

int runLocks(const QStringList& args, CliIo& io)
{
    CommandLine command(
        u"lockboardctl locks [options]"_s,
        Ctl::tr("List every held lock (keys <KEY_PREFIX>:<version>:__d_lock_<name>, any version) "
                "on every server, with its home under the profile's client library, misplaced and "
                "split copies, TTL, owner, fencing token, value and CAS. The servers are walked "
                "with lru_crawler metadump hash and each lock read with mg ... u (no LRU bump).\n"
                "Exit codes: 0 every server scanned, 1 a server could not be scanned (the list is "
                "incomplete), 2 bad input."),
        CommandLine::Cluster | CommandLine::Network | CommandLine::Inspect);
    QCommandLineParser& parser = command.parser();
    const QCommandLineOption onlyVersion(
        u"only-version"_s,
        Ctl::tr("Only lock keys of the profile's VERSION (default: any version)."));
    parser.addOption(onlyVersion);
    int exitCode = ExitOk;
    const auto connection = command.connect(args, io, exitCode);
    if (!connection)
        return exitCode;
    Setup setup{connection->profile, connection->options, command.json()};

    setup.anyVersion = !parser.isSet(onlyVersion);
    const ClusterSnapshot snapshot = inspectOnce(setup, io);
    printLocks(io, snapshot, setup.json);
    return warnAboutServers(io, snapshot, true) > 0 ? ExitFailure : ExitOk;
}

// One refresh of `watch`, as text: servers, locks, and what to notice.
void printWatchRefresh(CliIo& io, const ClusterSnapshot& snapshot, const ActivityMonitor& stream,
                       double interval)
{
    if (io.outIsTerminal())
        io.out() << "\x1b[H\x1b[2J"; // home, clear
    const qsizetype late =
        std::count_if(snapshot.servers.begin(), snapshot.servers.end(),
                      [](const ServerHealth& server) { return server.freshness.late(); });
    io.out() << Ctl::tr("Lockboard watch: %1, %2 servers, %3 locks, every %4 s (Ctrl-C to stop)")
                    .arg(snapshot.takenAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s))
                    .arg(snapshot.servers.size())
                    .arg(snapshot.locks.size())
                    .arg(interval);
    if (late > 0)
        io.out() << u"; "_s
                 << Ctl::tr("new locks can be listed late on %n server(s)", nullptr, int(late));
    io.out() << u"\n\n"_s;
    printServers(io, snapshot, false);
    io.out() << u'\n';
    printLocks(io, snapshot, false);
    for (const ServerHealth& server : snapshot.servers) {
        if (server.up)
            io.out() << u"  "_s
                     << Ctl::tr("%1: new locks %2")
                            .arg(server.server, freshnessText(server.freshness, snapshot.takenAt))
                     << u'\n';
        if (server.restarted)
            io.out() << u"! "_s
                     << Ctl::tr("%1 restarted: locks on this server may have been lost")
                            .arg(server.server)
                     << u'\n';
        if (server.error)
            io.out() << u"! "_s << server.errorText() << u'\n';
        if (!server.listingNote.isEmpty())
            io.out() << u"! "_s << server.listingNote << u'\n';
        if (const auto state = stream.servers().value(server.index);
            !state.streaming && !state.note.isEmpty())
            io.out() << u"! "_s << state.note << u'\n';
    }
    io.out() << u'\n';
}

int runWatch(const QStringList& args, CliIo& io)
{
    CommandLine command(
        u"lockboardctl watch [options]"_s,
        Ctl::tr("Show servers and locks, refreshed every --interval seconds, until interrupted "
                "(Ctrl-C) or --count refreshes. On a terminal the screen is redrawn in place; "
                "otherwise each refresh is appended, with its time. With --json, each refresh is "
                "one JSON object on a line of its own (servers, streams, locks). Each server says "
                "how late a new lock can be listed there: by its store stream, by walking the "
                "slab classes locks live in (while the stream is paused over its cost limit), or "
                "only at full walks."),
        CommandLine::Cluster | CommandLine::Network | CommandLine::Inspect);
    QCommandLineParser& parser = command.parser();
    const QCommandLineOption intervalOption(
        u"interval"_s, Ctl::tr("Seconds between refreshes. Default: 2."), u"s"_s, u"2"_s);
    const QCommandLineOption countOption(
        u"count"_s, Ctl::tr("Stop after <n> refreshes. Default: never."), u"n"_s, u"0"_s);
    parser.addOptions({intervalOption, countOption});
    int exitCode = ExitOk;
    const auto connection = command.connect(args, io, exitCode);
    if (!connection)
        return exitCode;
    Setup setup{connection->profile, connection->options, command.json()};
    const auto seconds = parseSeconds(parser.value(intervalOption), 0.1, 3600);
    if (!seconds)
        return io.fail(ExitUsage,
                       Ctl::tr("--interval: %1 is not a number of seconds between 0.1 and 3600")
                           .arg(quote(parser.value(intervalOption))));
    const double interval = *seconds;
    bool ok = false;
    const int count = parser.value(countOption).toInt(&ok);
    if (!ok || count < 0)
        return io.fail(
            ExitUsage,
            Ctl::tr("--count: %1 is not a number").arg(quote(parser.value(countOption))));

    // One inspector for the whole watch, so restarts between refreshes are
    // seen and the keyspace is walked only when due; the store stream tells
    // it of locks taken between walks.
    ClusterInspector inspector(setup.profile, setup.options);
    inspector.setLockKeyMemory(LockKeyMemory::forProfile(io.profiles(), setup.profile.name));
    ActivityMonitor stream(setup.profile, setup.options);
    QObject::connect(&stream, &ActivityMonitor::lockKeyStored, &inspector,
                     &ClusterInspector::noteLockKey);
    QObject::connect(&stream, &ActivityMonitor::streamGap, &inspector,
                     &ClusterInspector::noteStreamGap);
    QObject::connect(&stream, &ActivityMonitor::streamingChanged, &inspector,
                     &ClusterInspector::noteStreamState);
    stream.start();
    QEventLoop loop;
    QTimer next;
    next.setSingleShot(true);
    next.setInterval(int(interval * 1000));
    int shown = 0;
    bool incomplete = false; // the last refresh could not read every server
    QObject::connect(&next, &QTimer::timeout, &inspector, &ClusterInspector::refresh);
    QObject::connect(
        &inspector, &ClusterInspector::snapshotReady, &loop, [&](const ClusterSnapshot& snapshot) {
            incomplete =
                std::any_of(snapshot.servers.begin(), snapshot.servers.end(),
                            [](const ServerHealth& server) { return missingFrom(server, true); });
            if (setup.json) {
                // One line a refresh (JSON Lines): servers, streams, locks.
                std::string line = "{\"taken_at\":";
                JsonWriter::appendString(line, snapshot.takenAt.toString(Qt::ISODateWithMs));
                line += ",\"servers\":";
                line += QJsonDocument(serversJson(snapshot)).toJson(QJsonDocument::Compact);
                QJsonArray streams;
                for (const ActivityMonitor::ServerState& state : stream.servers())
                    streams.append(QJsonObject{{u"server"_s, state.server},
                                               {u"streaming"_s, state.streaming},
                                               {u"paused"_s, state.overLimit},
                                               {u"bytes_per_second"_s, state.bytesPerSecond},
                                               {u"bytes_read"_s, state.bytesRead},
                                               {u"note"_s, state.note}});
                line += ",\"streams\":";
                line += QJsonDocument(streams).toJson(QJsonDocument::Compact);
                line += ",\"locks\":[";
                for (qsizetype i = 0; i < snapshot.locks.size(); ++i) {
                    if (i > 0)
                        line += ',';
                    appendLockJson(line, snapshot.locks[i]);
                }
                line += "]}\n";
                io.writeRaw(QByteArrayView(line.data(), qsizetype(line.size())));
            } else {
                printWatchRefresh(io, snapshot, stream, interval);
            }
            io.flushOut(); // a reader on a pipe gets each refresh as it is made
            if (count > 0 && ++shown >= count)
                loop.quit();
            else
                next.start();
        });
    inspector.refresh();
    loop.exec();
    return incomplete ? ExitFailure : ExitOk; // as for locks: 1 when the list is incomplete
}

int runRelease(const QStringList& args, CliIo& io)
{
    CommandLine command(
        u"lockboardctl release [options] NAME"_s,
        Ctl::tr("Force-release one copy of the lock NAME: on its home server, or on --server S. "
                "The delete happens only if the lock's CAS is still the one shown (or given with "
                "--cas), so a lock that changed meanwhile is left alone. Every attempt is recorded "
                "in the audit log ($LOCKBOARD_AUDIT_LOG, else "
                "$XDG_STATE_HOME/lockboard/audit.jsonl).\nNAME is a lock of the profile's first "
                "recipe (--recipe); with --raw it is the memcached key, of any of its recipes. "
                "A lock whose recipe's holders compare their owner before releasing (laravel) "
                "needs --bypass-owner-check.\nWithout --yes it asks on a terminal, "
                "and refuses when there is none. Exit codes: 0 released, 1 nothing released, 2 "
                "bad input, 69 the server could not be reached."),
        CommandLine::Cluster | CommandLine::Network | CommandLine::Inspect | CommandLine::Keys);
    QCommandLineParser& parser = command.parser();
    const QCommandLineOption serverOption(
        u"server"_s,
        Ctl::tr("The server holding the copy (as in the server list, or its "
                "0-based index). Default: the lock's home."),
        u"S"_s);
    const QCommandLineOption casOption(
        u"cas"_s, Ctl::tr("Release only if the CAS is still <n> (as `locks` showed it)."), u"n"_s);
    const QCommandLineOption yesOption(u"yes"_s, Ctl::tr("Do not ask."));
    const QCommandLineOption bypassOption(
        u"bypass-owner-check"_s,
        Ctl::tr("Release a lock whose holders compare their owner before releasing it "
                "(Laravel's): its holder loses it while it still believes it holds it."));
    parser.addOptions({serverOption, casOption, yesOption, bypassOption});
    parser.addPositionalArgument(
        u"name"_s,
        Ctl::tr("The lock's name under the profile's first recipe (Django's: key "
                "<prefix>:<version>:__d_lock_<name>), or its key with --raw."),
        u"NAME"_s);
    int exitCode = ExitOk;
    const auto connection = command.connect(args, io, exitCode);
    if (!connection)
        return exitCode;
    Setup setup{connection->profile, connection->options, command.json()};
    if (parser.positionalArguments().size() != 1)
        return io.fail(ExitUsage, Ctl::tr("release takes one lock NAME"));
    const QString name = parser.positionalArguments().constFirst();
    const LockMatcher matcher = setup.profile.lockMatcher();
    int recipe = 0;
    Result<QByteArray> key = command.common().raw(parser) ? KeyScheme::checkKey(name.toUtf8())
                                                          : matcher.lockKey(0, name);
    if (!key)
        return io.fail(ExitUsage, key.error().message);
    if (command.common().raw(parser)) {
        const auto match = matcher.match(*key, true);
        if (!match)
            return io.fail(ExitUsage,
                           Ctl::tr("not released: %1 is not a lock key of the recipes %2")
                               .arg(quote(*key), recipeListText(matcher.recipes())));
        recipe = match->recipe;
    }
    if (matcher.recipes().at(recipe).releaseComparesOwner() && !parser.isSet(bypassOption))
        return io.fail(ExitFailure, Ctl::tr("%1 (--bypass-owner-check)")
                                        .arg(matcher.recipes().at(recipe).ownerCheckRefusal(*key)));
    if (setup.profile.readOnly)
        return io.fail(
            ExitFailure,
            Ctl::tr("not released: the profile \"%1\" is read-only").arg(setup.profile.name));

    int server = Placement::create(matcher.client(recipe), setup.profile.servers)->home(*key);
    if (parser.isSet(serverOption)) {
        const QString wanted = parser.value(serverOption);
        bool isIndex = false;
        const int index = wanted.toInt(&isIndex);
        server = -1;
        for (int i = 0; i < setup.profile.servers.size(); ++i)
            if ((isIndex && i == index) || setup.profile.servers[i].name() == wanted ||
                setup.profile.servers[i].toString() == wanted)
                server = i;
        if (server < 0)
            return io.fail(ExitUsage,
                           Ctl::tr("--server: %1 is not in the server list (%2)")
                               .arg(quote(wanted), serverListText(setup.profile.servers)));
    }
    std::optional<quint64> expectedCas;
    if (parser.isSet(casOption)) {
        bool ok = false;
        expectedCas = parser.value(casOption).toULongLong(&ok);
        if (!ok)
            return io.fail(
                ExitUsage,
                Ctl::tr("--cas: %1 is not a CAS value").arg(quote(parser.value(casOption))));
    }

    // Read the copy first: the operator sees what will go, and the CAS that guards it.
    const ServerSpec& spec = setup.profile.servers[server];
    AdminConnection reader(spec, setup.options);
    AdminConnection::Reply read;
    {
        QEventLoop loop;
        reader.metaGet(*key, "t c f v u", [&](const AdminConnection::Reply& reply) {
            read = reply;
            loop.quit();
        });
        loop.exec();
    }
    if (!read.ok())
        return io.fail(isUnavailable(read.error->kind) ? ExitUnavailable : ExitFailure,
                       Ctl::tr("not released: %1").arg(read.error->message));
    if (read.meta.code != MetaReply::Code::VA)
        return io.fail(ExitFailure, Ctl::tr("not released: no lock %1 (key %2) on %3")
                                        .arg(quote(name), quote(*key), spec.name()));
    const quint64 cas = expectedCas.value_or(read.meta.unsignedNumber('c').value_or(0));
    const qint64 ttl = read.meta.number('t').value_or(ttl::Unknown);
    const DecodedValue value =
        decodeValue(read.value, quint32(read.meta.unsignedNumber('f').value_or(0)));
    const QString summary =
        Ctl::tr("lock %1 (key %2) on %3: %4 %5, TTL %6, CAS %7")
            .arg(quote(name), quote(*key), spec.name(), value.kind, value.display,
                 ttl == ttl::Never ? Ctl::tr("never expires") : u"%1 s"_s.arg(ttl),
                 QString::number(cas));

    if (!parser.isSet(yesOption)) {
        if (!io.inIsTerminal())
            return io.fail(
                ExitUsage,
                Ctl::tr("not released: standard input is not a terminal; give --yes to release %1")
                    .arg(summary));
        io.err() << Ctl::tr("Release %1? [y/N] ").arg(summary);
        io.err().flush();
        const QByteArray answer = io.in().readLine().trimmed().toLower();
        if (answer != "y" && answer != "yes")
            return io.fail(ExitFailure, Ctl::tr("not released (not confirmed)"));
    }

    ClusterInspector inspector(setup.profile, setup.options);
    inspector.setAuditLog(
        AuditLog::fromEnvironment(io.env().isEmpty() ? Environment::system() : io.environment()));
    ReleaseResult result;
    {
        QEventLoop loop;
        QObject::connect(&inspector, &ClusterInspector::releaseFinished, &loop,
                         [&](const ReleaseResult& finished) {
                             result = finished;
                             loop.quit();
                         });
        inspector.release(server, *key, cas, read.value, parser.isSet(bypassOption));
        loop.exec();
    }
    if (!result.released())
        return io.fail(result.error && isUnavailable(result.error->kind) ? ExitUnavailable
                                                                         : ExitFailure,
                       result.message);
    io.out() << Ctl::tr("%1 (audit: %2)").arg(result.message, inspector.auditLog().path()) << u'\n';
    io.out().flush();
    return ExitOk;
}

} // namespace lockboard::cli
