#include "core/inspect/ClusterInspector.h"

#include "core/common/Quote.h"
#include "core/inspect/Rules.h"
#include "core/inspect/ValueDecoder.h"
#include "core/protocol/StatsReply.h"
#include "core/transport/AdminConnection.h"

#include <QCoreApplication>
#include <QHash>
#include <QMetaMethod>
#include <QRandomGenerator>

#include <algorithm>
#include <iterator>
#include <numeric>
#include <string>
#include <string_view>
#include <vector>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

// The words of this file, in the context "lockboard::inspect" for translators.
class InspectText
{
    Q_DECLARE_TR_FUNCTIONS(lockboard::inspect)
};

} // namespace

namespace {

// At most this many lock keys are remembered as seen, for names mode.
constexpr qsizetype MaxSeenKeys = LockKeyMemory::MaxKeys;
// Names mode: the keys seen before (and not known to be there) are looked for
// every this many refreshes; known and named keys every refresh.
constexpr int SeenKeysEvery = 15;
// How soon a lock key from the stream is read (keys reported meanwhile are read together).
constexpr int NoteDelayMs = 50;
constexpr qint64 MinQuickReadGapMs = 250;
// mg flags for a lock: TTL, CAS, client flags, value, size, seconds since
// last access; u: no LRU bump and no fetch mark (looking changes nothing).
constexpr char LockFlags[] = "t c f v s l u";
// How old a server's "stats items" counts may be when its classes are walked.
constexpr qint64 ClassItemsMaxAgeMs = 30'000;
// A wanted walk refused as BUSY is tried again this often, this many times;
// a class walk (about) this often, this many times, then at the next refresh.
constexpr int BusyRetryMs = 250;
constexpr int BusyRetries = 12;
constexpr int ClassBusyRetryMs = 100;
constexpr int ClassBusyRetries = 8;
// A class walk may run this much before its due time: refreshes come every
// few seconds, and one that arrives a moment early must not wait a whole
// refresh more.
constexpr qint64 ClassWalkSlackMs = 300;
// Walks of at least this many lines measure what a dump line costs.
constexpr qint64 MeasuredLines = 1000;
// The stream: a lock stored is read within NoteDelayMs + MinQuickReadGapMs
// and shown at once; said as "within 1 s".
constexpr double StreamSeconds = 1;

void fillHealth(ServerHealth& health, const StatsReply& stats)
{
    health.up = true;
    health.version = QString::fromUtf8(stats.value("version").value_or(QByteArray()));
    health.pid = stats.number("pid").value_or(0);
    health.uptime = stats.number("uptime").value_or(-1);
    health.serverTime = stats.number("time").value_or(0);
    health.items = stats.number("curr_items").value_or(0);
    health.connections = stats.number("curr_connections").value_or(0);
    health.maxConnections = stats.number("max_connections").value_or(0);
    health.evictions = stats.number("evictions").value_or(0);
    health.bytes = stats.number("bytes").value_or(0);
    health.limitBytes = stats.number("limit_maxbytes").value_or(0);
    const qint64 hits = stats.number("get_hits").value_or(0);
    const qint64 misses = stats.number("get_misses").value_or(0);
    health.hitRatio = hits + misses > 0 ? double(hits) / double(hits + misses) : -1;
    health.serverFailedSets =
        stats.number("store_too_large").value_or(0) + stats.number("store_no_memory").value_or(0);
    // Every command a client sent: memcached counts all store commands (set,
    // add, cas, ...) in cmd_set and meta commands with their classic twins.
    health.operations = 0;
    for (const char* counter : {"cmd_get", "cmd_set", "cmd_touch", "delete_hits", "delete_misses",
                                "incr_hits", "incr_misses", "decr_hits", "decr_misses"})
        health.operations += stats.number(counter).value_or(0);
}

} // namespace

ClusterInspector::ClusterInspector(Profile profile, ClientOptions options, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_options(options)
    , m_view(m_profile)
    , m_servers(size_t(m_profile.servers.size()))
    , m_audit(AuditLog::fromEnvironment(Environment::system()))
    , m_soon(this) // a child, so that it moves to the inspector's thread with it
{
    for (int i = 0; i < m_profile.servers.size(); ++i)
        m_servers[size_t(i)].connection =
            new AdminConnection(m_profile.servers[i], m_options, this);
    for (int recipe = 0; recipe < m_view.matcher().recipes().size(); ++recipe)
        for (const QString& name : std::as_const(m_profile.lockNames))
            if (auto key = m_view.matcher().lockKey(recipe, name))
                m_namedKeys.insert(*key);
    m_soon.setSingleShot(true);
    m_soon.setInterval(NoteDelayMs);
    connect(&m_soon, &QTimer::timeout, this, &ClusterInspector::readNoted);
}

ClusterInspector::~ClusterInspector() = default;

bool ClusterInspector::namesMode(const Server& server) const
{
    return m_profile.namesOnly || server.walkRefused;
}

void ClusterInspector::remember(const QSet<QByteArray>& keys)
{
    for (const QByteArray& key : keys)
        if (m_seenKeys.size() < MaxSeenKeys)
            m_seenKeys.insert(key);
}

void ClusterInspector::refresh()
{
    if (m_pending > 0 || m_quickPending > 0) { // after it: snapshots go out in order
        m_again = true;
        return;
    }
    if (!m_memoryLoaded) {
        // Here, on the inspector's thread, not where it was built.
        m_memoryLoaded = true;
        remember(m_memory.load());
        m_rememberedCount = m_seenKeys.size();
    }
    m_again = false;
    if (m_sinceRefresh.isValid())
        m_refreshGap = std::clamp(double(m_sinceRefresh.elapsed()) / 1000.0, 0.1, 3600.0);
    m_sinceRefresh.start();
    m_soon.stop();
    m_toRead.clear(); // known keys, which this refresh reads
    m_building = ClusterSnapshot();
    m_building.takenAt = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < m_profile.servers.size(); ++i) {
        ServerHealth health;
        health.index = i;
        health.server = m_profile.servers[i].name();
        m_building.servers.append(health);
    }
    m_pending = int(m_profile.servers.size());
    for (int i = 0; i < m_profile.servers.size(); ++i)
        readServer(i);
}

void ClusterInspector::scanKeyspace(const QList<int>& servers)
{
    for (int i = 0; i < int(m_servers.size()); ++i)
        if (servers.isEmpty() || servers.contains(i))
            m_servers[size_t(i)].walkWanted = true;
    refresh();
}

void ClusterInspector::noteLockKey(int server, const QByteArray& key)
{
    if (server < 0 || server >= int(m_servers.size()))
        return;
    Server& state = m_servers[size_t(server)];
    if (state.known.contains(key))
        return;
    state.known.insert(key);
    state.noted.insert(key); // kept by the walk or read in flight, which did not ask for it
    remember({key});
    m_toRead[server].insert(key);
    if (!m_soon.isActive() && m_pending == 0)
        m_soon.start();
}

void ClusterInspector::noteStreamGap(int server)
{
    if (server < 0 || server >= int(m_servers.size()))
        return;
    Server& state = m_servers[size_t(server)];
    if (!state.lastWalkAt.isValid()) {
        state.walkWanted = true;
        return;
    }
    // A gap brings the next walk forward, but no nearer than the crawler's
    // duty cycle allows: a stream that keeps losing lines must not walk the
    // keyspace at every refresh.
    const QDateTime soonest =
        state.lastWalkAt.addMSecs(qint64(1000 * m_schedule.secondsAfter(state.lastWalkSeconds, 0)));
    if (!state.nextWalkAt.isValid() || soonest < state.nextWalkAt)
        state.nextWalkAt = soonest;
}

void ClusterInspector::noteStreamState(int server, bool streaming)
{
    if (server < 0 || server >= int(m_servers.size()))
        return;
    m_servers[size_t(server)].streaming = streaming;
}

void ClusterInspector::readServer(int server)
{
    AdminConnection* connection = m_servers[size_t(server)].connection;
    m_servers[size_t(server)].dumped.clear(); // only this refresh's walk counts
    const qint64 bytesBefore = connection->bytesRead();
    connection->stats({}, [this, server, connection,
                           bytesBefore](const AdminConnection::Reply& reply) {
        ServerHealth& health = m_building.servers[server];
        Server& state = m_servers[size_t(server)];
        if (!reply.ok()) {
            health.error = reply.error;
            return serverDone();
        }
        const auto stats = StatsReply::parse(reply.stats);
        if (!stats) {
            health.error = Error(stats.error().kind,
                                 health.server + u": "_s + stats.error().message, health.server);
            return serverDone();
        }
        fillHealth(health, *stats);
        health.latencyMs = double(reply.elapsedUs) / 1000.0;
        health.connectMs =
            connection->connectUs() >= 0 ? double(connection->connectUs()) / 1000.0 : -1;
        health.encrypted = connection->link().encrypted;
        health.verified = connection->link().verified;
        health.authenticated = connection->link().authenticated;
        // A restart (a new pid, or uptime that went down, even across an
        // outage) lost every lock there: what we knew is void, walk again.
        if (state.pidSeen != 0 &&
            (health.pid != state.pidSeen || health.uptime < state.uptimeSeen)) {
            health.restarted = true;
            state.known.clear();
            state.walkWanted = true;
            state.classItems.clear();
            state.classNextWalk.clear();
        }
        state.pidSeen = health.pid;
        state.uptimeSeen = health.uptime;

        // What follows the stats: after the settings when they are read.
        const auto proceed = [this, server, bytesBefore] {
            Server& state = m_servers[size_t(server)];
            m_building.servers[server].evictionsOff = state.evictionsOff;
            m_building.servers[server].itemSizeMax = state.itemSizeMax;
            if (m_healthOnly)
                return serverDone();
            // The lock classes' item counts (every 30 s): what their walks
            // cost, so how often they may be made.
            readClassItems(server, [this, server, bytesBefore] {
                const Server& state = m_servers[size_t(server)];
                const QDateTime now = QDateTime::currentDateTimeUtc();
                const bool due =
                    state.walkWanted || !state.nextWalkAt.isValid() || now >= state.nextWalkAt;
                if (!namesMode(state) && due)
                    walkServer(server, bytesBefore);
                else if (!namesMode(state) && !state.streaming && state.geometry)
                    walkClasses(server, bytesBefore);
                else
                    readLocks(server, bytesBefore);
            });
        };
        // Settings change only with a restart: once per connection. This
        // server's part of the snapshot waits for them (it used to be
        // finished before they arrived, and they were written into the next one).
        if (state.settingsReadOn == connection->connections())
            return proceed();
        connection->stats("settings", [this, server, connection,
                                       proceed](const AdminConnection::Reply& settings) {
            // On failure, what follows meets the same failure and reports it.
            if (const auto parsed = StatsReply::parse(settings.ok() ? settings.stats : "")) {
                Server& read = m_servers[size_t(server)];
                read.settingsReadOn = connection->connections();
                read.evictionsOff = parsed->value("evictions") == "off";
                read.itemSizeMax = parsed->number("item_size_max").value_or(0);
                read.geometry = SlabGeometry::fromSettings(*parsed);
            }
            proceed();
        });
    });
}

void ClusterInspector::dumpLockKeys(int server, const QByteArray& what, Dumped done)
{
    AdminConnection* connection = m_servers[size_t(server)].connection;
    m_servers[size_t(server)].dumped.clear();
    // Only lines whose raw (URI-encoded) key holds a recipe's fixed text are decoded.
    std::vector<std::string> needles; // std::string_view::find: memchr, then a compare
    for (const QByteArray& needle : m_view.matcher().needles())
        needles.push_back(MetadumpParser::encode(needle).toStdString());
    const qint64 bytesBefore = connection->bytesRead();
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    connection->metadump(
        what,
        [needles](QByteArrayView encodedKey) {
            const std::string_view line(encodedKey.data(), size_t(encodedKey.size()));
            return std::any_of(needles.begin(), needles.end(), [line](const std::string& needle) {
                return line.find(needle) != std::string_view::npos; // "" is found everywhere
            });
        },
        [this, server](MetadumpEntry&& entry) {
            if (m_view.matcher().match(entry.key, m_anyVersion)) {
                Server& state = m_servers[size_t(server)];
                state.seenClasses.insert(entry.slabClass);
                state.dumped.insert(entry.key, std::move(entry));
            }
        },
        [connection, bytesBefore, clock, done](const AdminConnection::Reply& dumped) {
            done(dumped, double(clock->nsecsElapsed()) / 1e9,
                 connection->bytesRead() - bytesBefore);
        });
}

void ClusterInspector::walkServer(int server, qint64 bytesBefore)
{
    m_servers[size_t(server)].noted.clear();
    dumpLockKeys(
        server, "hash",
        [this, server, bytesBefore](const AdminConnection::Reply& dumped, double seconds,
                                    qint64 walkBytes) {
            Server& walked = m_servers[size_t(server)];
            ServerHealth& health = m_building.servers[server];
            if (!dumped.ok()) {
                if (dumped.error->kind == ErrorKind::NotAllowed) {
                    // memcached -X: from now on, names mode.
                    walked.walkRefused = true;
                    return readLocks(server, bytesBefore);
                }
                if (dumped.error->kind == ErrorKind::Busy) {
                    // The one crawler is someone else's for now: a scheduled walk
                    // waits for the next refresh; a wanted one (first, restart,
                    // on demand) waits its turn for a while.
                    if (walked.walkWanted && walked.busyTries++ < BusyRetries) {
                        QTimer::singleShot(BusyRetryMs, this, [this, server, bytesBefore] {
                            walkServer(server, bytesBefore);
                        });
                        return;
                    }
                    if (walked.walkWanted)
                        health.error = dumped.error; // said: the list is incomplete
                    else
                        health.walkDeferred = true;
                    walked.busyTries = 0;
                    return readLocks(server, bytesBefore);
                }
                walked.busyTries = 0;
                health.error = dumped.error; // the next refresh tries again
                return serverDone();
            }
            walked.busyTries = 0;
            walked.walkWanted = false;
            walked.lastWalkAt = QDateTime::currentDateTimeUtc();
            walked.lastWalkSeconds = seconds;
            walked.lastWalkLines = dumped.linesRead;
            if (dumped.linesRead >= MeasuredLines) { // what a line costs
                walked.secondsPerLine = seconds / double(dumped.linesRead);
                walked.bytesPerLine = double(walkBytes) / double(dumped.linesRead);
                planClassWalks(walked);
            }
            walked.fullWalkPeriod = m_schedule.secondsAfter(seconds, walkBytes);
            walked.nextWalkAt = walked.lastWalkAt.addMSecs(qint64(1000 * walked.fullWalkPeriod));
            // The lock classes were walked with everything else.
            for (const int id : lockClasses(walked))
                walked.classNextWalk.insert(
                    id, walked.lastWalkAt.addMSecs(qint64(
                            1000 * walked.classIntervals.value(id, m_schedule.classMinSeconds))));
            // The walk is the truth, plus what the stream reported while it ran.
            walked.known =
                QSet<QByteArray>(walked.dumped.keyBegin(), walked.dumped.keyEnd()) + walked.noted;
            health.walked = true;
            readLocks(server, bytesBefore);
        });
}

void ClusterInspector::readClassItems(int server, std::function<void()> then)
{
    Server& state = m_servers[size_t(server)];
    if (namesMode(state) || !state.geometry ||
        (state.classItemsAge.isValid() && !state.classItemsAge.hasExpired(ClassItemsMaxAgeMs)))
        return then();
    state.classItemsAge.start(); // tried: a failure does not ask again at once
    state.connection->stats("items", [this, server, then](const AdminConnection::Reply& reply) {
        Server& counted = m_servers[size_t(server)];
        if (const auto items = StatsReply::parse(reply.ok() ? reply.stats : "")) {
            counted.classItems.clear();
            for (const auto& [name, value] : items->values()) {
                // "items:<class>:number"
                const QList<QByteArray> parts = name.split(':');
                bool ok = false;
                const int id = parts.size() == 3 && parts[0] == "items" && parts[2] == "number"
                                   ? parts[1].toInt(&ok)
                                   : 0;
                if (ok)
                    counted.classItems.insert(id, value.toLongLong());
            }
        }
        planClassWalks(counted);
        then(); // on failure, what follows meets the same failure and reports it
    });
}

void ClusterInspector::planClassWalks(Server& server) const
{
    QHash<int, qint64> items;
    for (const int id : lockClasses(server))
        items.insert(id, server.classItems.value(id, 0));
    server.classIntervals =
        m_schedule.classIntervals(items, server.secondsPerLine, server.bytesPerLine);
}

QList<int> ClusterInspector::lockClasses(const Server& server) const
{
    if (!server.geometry)
        return {};
    QSet<int> classes = server.seenClasses;
    const auto [smallest, largest] = lockItemSizes(m_view.matcher(), *server.geometry);
    if (largest > 0)
        for (int id = server.geometry->classOf(smallest); id <= server.geometry->classOf(largest);
             ++id)
            classes.insert(id);
    classes.remove(0);
    QList<int> sorted(classes.begin(), classes.end());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

void ClusterInspector::walkClasses(int server, qint64 bytesBefore)
{
    Server& state = m_servers[size_t(server)];
    const QList<int> classes = lockClasses(state);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<int> due;
    QByteArray ids;
    for (const int id : classes)
        if (const auto next = state.classNextWalk.find(id);
            next == state.classNextWalk.end() || now.addMSecs(ClassWalkSlackMs) >= *next) {
            due.append(id);
            ids += (ids.isEmpty() ? "" : ",") + QByteArray::number(id);
        }
    if (due.isEmpty())
        return readLocks(server, bytesBefore);

    dumpLockKeys(
        server, ids,
        [this, server, bytesBefore, due](const AdminConnection::Reply& dumped, double seconds,
                                         qint64 bytes) {
            Server& walked = m_servers[size_t(server)];
            ServerHealth& health = m_building.servers[server];
            if (!dumped.ok()) {
                if (dumped.error->kind == ErrorKind::NotAllowed) {
                    walked.walkRefused = true; // memcached -X: names mode
                    return readLocks(server, bytesBefore);
                }
                if (dumped.error->kind == ErrorKind::Busy) {
                    // Most often another observer's class walk, a few
                    // milliseconds long (observers refreshing every 2 s fall
                    // into step): its turn comes soon. A long crawl (a full
                    // walk, memcached's own) leaves it for the next refresh.
                    if (walked.busyTries++ < ClassBusyRetries) {
                        QTimer::singleShot(int(QRandomGenerator::global()->bounded(
                                               ClassBusyRetryMs / 2, ClassBusyRetryMs * 3 / 2)),
                                           this, [this, server, bytesBefore] {
                                               walkClasses(server, bytesBefore);
                                           });
                        return;
                    }
                    walked.busyTries = 0;
                    health.walkDeferred = true; // still due: the next refresh
                    return readLocks(server, bytesBefore);
                }
                health.error = dumped.error;
                return serverDone();
            }
            walked.busyTries = 0;
            // What a line costs, from walks long enough to tell (a walk of a
            // few lines costs its round trip, not its lines).
            if (dumped.linesRead >= MeasuredLines) {
                walked.secondsPerLine = seconds / double(dumped.linesRead);
                walked.bytesPerLine = double(bytes) / double(dumped.linesRead);
            }
            planClassWalks(walked);
            const QDateTime at = QDateTime::currentDateTimeUtc();
            for (const int id : due)
                walked.classNextWalk.insert(
                    id, at.addMSecs(qint64(
                            1000 * walked.classIntervals.value(id, m_schedule.classMinSeconds))));
            // Added to what is known: the other classes' locks are not in this dump.
            for (auto key = walked.dumped.keyBegin(); key != walked.dumped.keyEnd(); ++key)
                walked.known.insert(*key);
            health.classWalked = true;
            health.walkedClasses = due;
            health.classWalkLines = dumped.linesRead;
            readLocks(server, bytesBefore);
        });
}

Freshness ClusterInspector::freshness(const Server& state) const
{
    Freshness fresh;
    if (namesMode(state)) {
        fresh.mechanism = Freshness::Mechanism::Names;
        return fresh;
    }
    fresh.nextFullWalk = state.nextWalkAt;
    if (state.streaming) {
        fresh.mechanism = Freshness::Mechanism::Stream;
        fresh.withinSeconds = StreamSeconds;
        return fresh;
    }
    const QList<int> classes = lockClasses(state);
    if (classes.isEmpty()) {
        fresh.mechanism = Freshness::Mechanism::FullWalks;
        return fresh;
    }
    // A class is walked at its interval, but only when a refresh comes; and
    // a lock that was in use or moving between LRUs during a walk is found
    // by the next one.
    fresh.mechanism = Freshness::Mechanism::ClassWalks;
    double within = 0;
    double slowWithin = 0;
    for (const int id : classes) {
        // A class walked less often than the whole keyspace waits for the
        // full walk instead (which sets its schedule again).
        double late =
            2 * std::max(state.classIntervals.value(id, m_schedule.classMinSeconds), m_refreshGap);
        if (state.fullWalkPeriod > 0)
            late = std::min(late, state.fullWalkPeriod + state.lastWalkSeconds);
        const qint64 count = state.classItems.value(id, 0);
        if (late <= Freshness::LiveSeconds) {
            ++fresh.classes;
            fresh.classItems += count;
            within = std::max(within, late);
        } else {
            ++fresh.slowClasses;
            fresh.slowItems += count;
            slowWithin = std::max(slowWithin, late);
            fresh.slowHoldLocks |= state.seenClasses.contains(id);
        }
    }
    if (fresh.classes == 0) { // every class is crowded: the budget's pace is all there is
        fresh.classes = std::exchange(fresh.slowClasses, 0);
        fresh.classItems = std::exchange(fresh.slowItems, 0);
        fresh.slowHoldLocks = false; // said by withinSeconds itself
        within = slowWithin;
    }
    fresh.withinSeconds = within;
    fresh.slowWithinSeconds = fresh.slowClasses > 0 ? slowWithin : -1;
    return fresh;
}

void ClusterInspector::readLocks(int server, qint64 bytesBefore)
{
    Server& state = m_servers[size_t(server)];
    ServerHealth& health = m_building.servers[server];
    const bool byName = namesMode(state);
    health.listing = byName ? ServerHealth::Listing::Names : ServerHealth::Listing::Walk;
    if (byName)
        health.listingNote =
            m_profile.namesOnly
                ? tr("%1 is in names mode (the profile says so): only locks whose names are "
                     "known are seen there; a lock with an unknown name cannot be seen")
                      .arg(health.server)
                : tr("%1 refuses key walks (memcached -X: \"ERROR metadump not allowed\"), so "
                     "it is in names mode: only locks whose names are known (--lock-names, "
                     "the profile, or seen on any server) are seen there; a lock with an "
                     "unknown name cannot be seen")
                      .arg(health.server);
    health.keysScanned = state.lastWalkLines;
    health.lastWalkAt = state.lastWalkAt;
    health.lastWalkSeconds = state.lastWalkSeconds;
    health.nextWalkAt = byName ? QDateTime() : state.nextWalkAt;
    health.freshness = freshness(state);

    QSet<QByteArray> wanted = state.known;
    state.noted.clear();
    if (byName) {
        wanted += m_namedKeys;
        if (state.namesRound++ % SeenKeysEvery == 0)
            wanted += m_seenKeys;
    }
    auto present = std::make_shared<QSet<QByteArray>>();
    present->reserve(wanted.size());
    // A copy this refresh's walk listed with the CAS it had when last read
    // has not changed but for its TTL and idle time, which the dump line
    // gives: it is not read again (the walk's lines are read anyway).
    const QHash<QByteArray, MetadumpEntry> dumped = std::exchange(state.dumped, {});
    if (!dumped.isEmpty() && m_last && health.up) {
        const qint64 now = health.serverTime;
        for (const LockRecord& lock : std::as_const(m_last->locks)) {
            const auto entry = dumped.constFind(lock.key);
            if (lock.server != server || entry == dumped.cend() || entry->cas != lock.cas ||
                (entry->expires >= 0 && entry->expires <= now) || !wanted.contains(lock.key))
                continue;
            LockRecord kept = lock;
            kept.readAtMs = QDateTime::currentMSecsSinceEpoch();
            kept.ttl = entry->expires < 0 ? ttl::Never : entry->expires - now;
            kept.idleSeconds = std::max<qint64>(0, now - entry->lastAccess);
            wanted.remove(lock.key);
            present->insert(lock.key);
            m_building.locks.append(std::move(kept));
        }
    }
    auto keys = std::make_shared<QList<QByteArray>>(wanted.begin(), wanted.end());
    m_building.locks.reserve(m_building.locks.size() + keys->size());
    health.locksRead = keys->size();
    AdminConnection* connection = state.connection;
    if (keys->isEmpty()) {
        health.scanned = !health.error; // a BUSY walk leaves its locks unknown
        health.bytesRead = connection->bytesRead() - bytesBefore;
        return serverDone();
    }
    connection->metaGetMany(
        *keys, LockFlags,
        [this, server, keys, present](qsizetype index, const MetaReply& meta,
                                      const QByteArray& value) {
            if (index < 0 || index >= keys->size() || meta.code != MetaReply::Code::VA)
                return;
            const QByteArray& key = keys->at(index);
            const auto name = m_view.matcher().match(key, true);
            if (!name)
                return;
            LockRecord lock = lockRecord(server, key, *name, meta, value);
            if (!lock.holdsLock)
                return; // a cache value under a lock-like key: read again after the next walk
            present->insert(key);
            m_building.locks.append(std::move(lock));
        },
        [this, server, connection, present, bytesBefore](const AdminConnection::Reply& read) {
            ServerHealth& health = m_building.servers[server];
            Server& done = m_servers[size_t(server)];
            health.bytesRead = connection->bytesRead() - bytesBefore;
            if (!read.ok()) {
                health.error = read.error;
                return serverDone();
            }
            // A key that is gone leaves the list (names stay to be checked);
            // one the stream reported since the batch went out stays.
            done.known = *present + done.noted;
            // Only keys that held a lock: not Laravel's cache values under its prefix.
            remember(*present);
            health.scanned = !health.error;
            serverDone();
        });
}

LockRecord ClusterInspector::lockRecord(int server, const QByteArray& key, const LockMatch& match,
                                        const MetaReply& meta, const QByteArray& value) const
{
    LockRecord lock;
    lock.key = key;
    lock.server = server;
    lock.readAtMs = QDateTime::currentMSecsSinceEpoch();
    lock.ttl = meta.number('t').value_or(ttl::Unknown);
    lock.cas = meta.unsignedNumber('c').value_or(0);
    lock.flags = quint32(meta.unsignedNumber('f').value_or(0));
    lock.size = meta.number('s').value_or(value.size());
    lock.idleSeconds = meta.number('l').value_or(-1);
    lock.rawValue = value;
    const DecodedValue decoded = decodeValue(lock.rawValue, lock.flags);
    lock.valueKind = decoded.kind;
    lock.value = decoded.display;
    m_view.describe(lock, match);
    return lock;
}

void ClusterInspector::readNoted()
{
    if (m_pending > 0 || m_quickPending > 0)
        return; // what is left is read when that ends
    if (!m_last)
        return refresh(); // nothing shown yet: read everything
    // At most a few a second: a busy stream's keys are gathered, not read one by one.
    if (m_lastQuickRead.isValid() && !m_lastQuickRead.hasExpired(MinQuickReadGapMs)) {
        m_soon.start(int(std::max<qint64>(0, MinQuickReadGapMs - m_lastQuickRead.elapsed())));
        return;
    }
    m_soon.setInterval(NoteDelayMs);
    QHash<int, QSet<QByteArray>> noted = std::exchange(m_toRead, {});
    if (noted.isEmpty())
        return;
    m_quick = *m_last;
    m_quickRead.clear();
    for (ServerHealth& health : m_quick.servers) {
        health.walked = false;
        health.locksRead = 0;
        health.bytesRead = 0;
    }
    m_quickPending = int(noted.size());
    for (auto it = noted.cbegin(); it != noted.cend(); ++it) {
        const int server = it.key();
        auto keys = std::make_shared<QList<QByteArray>>(it->begin(), it->end());
        for (const QByteArray& key : *keys)
            m_quickRead.insert({server, key});
        m_quick.servers[server].locksRead = keys->size();
        m_servers[size_t(server)].connection->metaGetMany(
            *keys, LockFlags,
            [this, server, keys](qsizetype index, const MetaReply& meta, const QByteArray& value) {
                if (index < 0 || index >= keys->size() || meta.code != MetaReply::Code::VA)
                    return;
                if (const auto name = m_view.matcher().match(keys->at(index), true))
                    if (LockRecord lock = lockRecord(server, keys->at(index), *name, meta, value);
                        lock.holdsLock)
                        m_quickLocks.append(std::move(lock));
            },
            [this](const AdminConnection::Reply&) {
                // A failure here is the next full refresh's to report.
                if (--m_quickPending == 0)
                    finishQuickRead();
            });
    }
}

void ClusterInspector::finishQuickRead()
{
    // The last snapshot, with the copies read replaced (or gone) and the split
    // marks counted again.
    // The kept copies are still in order: the few read are sorted and merged in.
    QList<LockRecord> kept;
    kept.reserve(m_quick.locks.size());
    for (LockRecord& lock : m_quick.locks)
        if (!m_quickRead.contains({lock.server, lock.key}))
            kept.append(std::move(lock));
    QList<LockRecord> read = std::exchange(m_quickLocks, {});
    sortLocks(read);
    QList<LockRecord> locks;
    locks.reserve(kept.size() + read.size());
    std::merge(std::make_move_iterator(kept.begin()), std::make_move_iterator(kept.end()),
               std::make_move_iterator(read.begin()), std::make_move_iterator(read.end()),
               std::back_inserter(locks), lockBefore);
    m_quick.keys = markSplitCopies(locks);
    m_quick.locks = std::move(locks);
    publish(std::exchange(m_quick, {}));
    m_lastQuickRead.start();
    if (m_again)
        QMetaObject::invokeMethod(this, &ClusterInspector::refresh, Qt::QueuedConnection);
    else if (!m_toRead.isEmpty())
        m_soon.start();
}

void ClusterInspector::publish(ClusterSnapshot snapshot)
{
    // New lock keys seen: remembered for next time, at most every 30 s.
    if (m_seenKeys.size() != m_rememberedCount &&
        (!m_rememberedAt.isValid() || m_rememberedAt.hasExpired(30'000))) {
        (void)m_memory.save(m_seenKeys); // a cache of names: a failure loses nothing held
        m_rememberedCount = m_seenKeys.size();
        m_rememberedAt.start();
    }
    // Events only for someone who listens (the dashboard; a one-shot command does not).
    if (isSignalConnected(QMetaMethod::fromSignal(&ClusterInspector::eventsFound)))
        Q_EMIT eventsFound(eventsBetween(m_last ? &*m_last : nullptr, snapshot));
    m_last = std::move(snapshot); // also keeps the big lists from being freed on a reader's thread
    Q_EMIT snapshotReady(*m_last);
}

void ClusterInspector::serverDone()
{
    if (--m_pending == 0)
        finishSnapshot();
}

void ClusterInspector::finishSnapshot()
{
    sortLocks(m_building.locks);
    m_building.keys = markSplitCopies(m_building.locks);

    const QList<ServerCounters> own =
        m_ownCounters ? m_ownCounters->snapshot() : QList<ServerCounters>();
    for (ServerHealth& health : m_building.servers)
        if (health.index < own.size())
            health.ownFailedSets = qint64(own[health.index].failedSetsServerMissed);
    publish(std::exchange(m_building, {}));
    if (m_again)
        QMetaObject::invokeMethod(this, &ClusterInspector::refresh, Qt::QueuedConnection);
    else if (!m_toRead.isEmpty())
        m_soon.start(); // reported while this one ran
}

void ClusterInspector::release(int server, const QByteArray& key, quint64 cas,
                               const QByteArray& value, bool ownerCheckBypassed)
{
    const QString name = m_profile.servers.value(server).name();
    // The result, with its message said once: the audit log's failure, if
    // any, is added to it.
    const auto result = [server, key, cas, name](Outcome outcome, std::optional<Error> error,
                                                 const QString& message, const Status& logged) {
        ReleaseResult done{server, key, cas, outcome, std::move(error), message};
        if (!logged)
            done.message +=
                InspectText::tr(" (and the audit log failed: %1)").arg(logged.error().message);
        if (done.error) {
            done.error->message = done.message;
            done.error->server = name;
            done.error->key = key;
        }
        return done;
    };
    const auto finished = [this, result, key, cas, value,
                           name](Outcome outcome, std::optional<Error> error, const QString& label,
                                 const QString& message) {
        const Status logged =
            m_audit.append({name, key, cas, value, label, message, m_options.security.user});
        Q_EMIT releaseFinished(result(outcome, std::move(error), message, logged));
    };
    // Refusals are reported on the next turn of the event loop, like every result.
    const auto refuse = [this, result](ErrorKind kind, const QString& message,
                                       const Status& logged = success()) {
        ReleaseResult refused = result(outcomeOf(kind), Error(kind, message), message, logged);
        QMetaObject::invokeMethod(
            this, [this, refused] { Q_EMIT releaseFinished(refused); }, Qt::QueuedConnection);
    };
    if (server < 0 || server >= int(m_servers.size()))
        return refuse(
            ErrorKind::InvalidArgument,
            InspectText::tr("not released: there is no server %1 in the list").arg(server));
    if (m_profile.readOnly) {
        const QString message =
            InspectText::tr("not released: the profile \"%1\" is read-only").arg(m_profile.name);
        return refuse(ErrorKind::ReadOnly, message,
                      m_audit.append({name, key, cas, value, u"refused: read-only"_s, message,
                                      m_options.security.user}));
    }
    if (const auto match = m_view.matcher().match(key, true);
        match && m_view.matcher().recipes().at(match->recipe).releaseComparesOwner() &&
        !ownerCheckBypassed) {
        const QString message = m_view.matcher().recipes().at(match->recipe).ownerCheckRefusal(key);
        return refuse(ErrorKind::NotAllowed, message,
                      m_audit.append({name, key, cas, value, u"refused: owner check"_s, message,
                                      m_options.security.user}));
    }
    // No release that the audit log cannot record.
    if (const Status writable =
            m_audit.append({name, key, cas, value, u"attempt"_s, u"force release requested"_s,
                            m_options.security.user});
        !writable)
        return refuse(writable.error().kind,
                      InspectText::tr("not released: %1").arg(writable.error().message));
    m_servers[size_t(server)].connection->metaDelete(
        key, cas, [finished, key, cas, name](const AdminConnection::Reply& reply) {
            if (!reply.ok())
                return finished(outcomeOf(reply.error->kind), reply.error, u"failed"_s,
                                InspectText::tr("not released: %1").arg(reply.error->message));
            switch (reply.meta.code) {
            case MetaReply::Code::HD:
                return finished(
                    Outcome::Deleted, std::nullopt, u"released"_s,
                    InspectText::tr("released %1 on %2 (CAS %3)").arg(quote(key), name).arg(cas));
            case MetaReply::Code::EX:
                return finished(Outcome::Exists, std::nullopt, u"refused: changed"_s,
                                InspectText::tr("not released: %1 on %2 changed since it was read "
                                                "(its CAS is no longer %3); look again")
                                    .arg(quote(key), name)
                                    .arg(cas));
            case MetaReply::Code::NF:
                return finished(
                    Outcome::NotFound, std::nullopt, u"refused: gone"_s,
                    InspectText::tr("not released: %1 is no longer on %2").arg(quote(key), name));
            default: {
                const QString message = InspectText::tr("not released: %1 answered %2")
                                            .arg(name, quote(reply.meta.line));
                return finished(Outcome::ServerError,
                                Error(ErrorKind::ServerError, message, name, key), u"failed"_s,
                                message);
            }
            }
        });
}

} // namespace lockboard
