#include "core/inspect/ClusterInspector.h"

#include "core/common/Quote.h"
#include "core/inspect/AdminConnection.h"
#include "core/inspect/ValueDecoder.h"
#include "core/protocol/StatsReply.h"

#include <QHash>
#include <QProcessEnvironment>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

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
    , m_placement(Placement::create(m_profile.client, m_profile.servers))
    , m_audit(AuditLog::fromEnvironment(QProcessEnvironment::systemEnvironment()))
{
    for (const ServerSpec& server : m_profile.servers)
        m_connections.push_back(new AdminConnection(server, m_options, this));
}

ClusterInspector::~ClusterInspector() = default;

void ClusterInspector::refresh()
{
    if (m_pending > 0)
        return;
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
        scanServer(i);
}

void ClusterInspector::scanServer(int server)
{
    AdminConnection* connection = m_connections[size_t(server)];
    connection->stats({}, [this, server, connection](const AdminConnection::Reply& reply) {
        ServerHealth& health = m_building.servers[server];
        if (!reply.ok()) {
            health.error = reply.error;
            return serverDone();
        }
        const auto stats = StatsReply::parse(reply.stats);
        if (!stats) {
            health.error = health.server + u": "_s + stats.error().message;
            return serverDone();
        }
        fillHealth(health, *stats);
        health.latencyMs = double(reply.elapsedUs) / 1000.0;
        health.connectMs =
            connection->connectUs() >= 0 ? double(connection->connectUs()) / 1000.0 : -1;

        connection->stats("settings", [this, server](const AdminConnection::Reply& settings) {
            if (!settings.ok())
                return; // the dump below meets the same failure and reports it
            if (const auto parsed = StatsReply::parse(settings.stats)) {
                ServerHealth& health = m_building.servers[server];
                health.evictionsOff = parsed->value("evictions") == "off";
                health.itemSizeMax = parsed->number("item_size_max").value_or(0);
            }
        });
        // Walk the hash table; keep only lock keys, and only their metadata.
        // Lock keys found, with the name and version parsed once.
        auto found = std::make_shared<QList<std::pair<MetadumpEntry, KeyScheme::LockKey>>>();
        const QByteArray lockPrefix = MetadumpParser::encode(m_profile.keys.lockPrefix().toUtf8());
        connection->metadump(
            [lockPrefix](QByteArrayView encodedKey) { return encodedKey.contains(lockPrefix); },
            [this, found](MetadumpEntry&& entry) {
                if (auto parsed = m_profile.keys.parseLockKey(entry.key, m_anyVersion))
                    found->append({std::move(entry), std::move(*parsed)});
            },
            [this, server, connection, found](const AdminConnection::Reply& dumped) {
                ServerHealth& health = m_building.servers[server];
                if (!dumped.ok()) {
                    health.error = dumped.error;
                    return serverDone();
                }
                health.scanned = true;
                health.keysScanned = dumped.linesRead;
                if (found->isEmpty())
                    return serverDone();
                auto remaining = std::make_shared<qsizetype>(found->size());
                for (const auto& [entry, parsed] : *found) {
                    const MetadumpEntry seen = entry;
                    const KeyScheme::LockKey name = parsed;
                    connection->metaGet(
                        entry.key, "t c f v s u",
                        [this, server, seen, name, remaining](const AdminConnection::Reply& read) {
                            if (read.ok() && read.meta.code == MetaReply::Code::VA) {
                                LockRecord lock;
                                lock.name = name.name;
                                lock.version = name.version;
                                lock.key = seen.key;
                                lock.server = server;
                                lock.serverName = m_profile.servers[server].name();
                                lock.ttl = read.meta.number('t').value_or(-2);
                                lock.cas = read.meta.unsignedNumber('c').value_or(seen.cas);
                                lock.flags = quint32(read.meta.unsignedNumber('f').value_or(0));
                                lock.size = read.meta.number('s').value_or(read.value.size());
                                lock.rawValue = read.value;
                                const qint64 now = m_building.servers[server].serverTime;
                                lock.idleSeconds = now > 0 && seen.lastAccess > 0
                                                       ? std::max<qint64>(0, now - seen.lastAccess)
                                                       : -1;
                                m_building.locks.append(std::move(lock));
                            } else if (!read.ok()) {
                                m_building.servers[server].error = read.error;
                            }
                            // EN: released between the dump and the read; nothing to show.
                            if (--*remaining == 0)
                                serverDone();
                        });
                }
            });
    });
}

void ClusterInspector::serverDone()
{
    if (--m_pending == 0)
        finishSnapshot();
}

void ClusterInspector::finishSnapshot()
{
    QHash<QByteArray, int> copies;
    for (const LockRecord& lock : std::as_const(m_building.locks))
        ++copies[lock.key];
    for (LockRecord& lock : m_building.locks) {
        lock.home = m_placement->home(lock.key);
        lock.homeName = m_profile.servers[lock.home].name();
        lock.misplaced = lock.server != lock.home;
        lock.split = copies.value(lock.key) > 1;
        const DecodedValue decoded = decodeValue(lock.rawValue, lock.flags);
        lock.valueKind = decoded.kind;
        lock.value = decoded.display;
        lock.owner = OwnerToken::parse(lock.rawValue);
        if (lock.owner) {
            lock.acquired = lock.owner->acquired;
            lock.fencingToken = lock.owner->fence ? *lock.owner->fence : lock.cas;
        }
    }
    std::sort(m_building.locks.begin(), m_building.locks.end(),
              [](const LockRecord& a, const LockRecord& b) {
                  return a.name != b.name ? a.name < b.name : a.server < b.server;
              });

    const QList<ServerCounters> own =
        m_ownCounters ? m_ownCounters->snapshot() : QList<ServerCounters>();
    for (ServerHealth& health : m_building.servers) {
        if (health.index < own.size())
            health.ownFailedSets = qint64(own[health.index].failedSets);
        if (health.index < m_previous.size()) {
            const ServerHealth& before = m_previous[health.index];
            if (health.up && before.up &&
                (health.pid != before.pid || health.uptime < before.uptime))
                health.restarted = true;
        }
    }
    // Remember the last server that was up, so a restart across an outage is seen too.
    if (m_previous.size() != m_building.servers.size())
        m_previous = m_building.servers;
    else
        for (const ServerHealth& health : std::as_const(m_building.servers))
            if (health.up)
                m_previous[health.index] = health;
    Q_EMIT snapshotReady(m_building);
}

void ClusterInspector::release(int server, const QByteArray& key, quint64 cas,
                               const QByteArray& value)
{
    const QString name = m_profile.servers.value(server).name();
    const auto finished = [this, server, key, cas, value,
                           name](Outcome outcome, const QString& label, const QString& message) {
        const Status logged = m_audit.append({name, key, cas, value, label, message});
        Q_EMIT releaseFinished(
            server, key, cas, outcome,
            logged ? message
                   : message + u" (and the audit log failed: %1)"_s.arg(logged.error().message));
    };
    if (m_profile.readOnly)
        return finished(Outcome::OtherError, u"refused: read-only"_s,
                        u"not released: the profile \"%1\" is read-only"_s.arg(m_profile.name));
    // No release that the audit log cannot record.
    if (const Status writable =
            m_audit.append({name, key, cas, value, u"attempt"_s, u"force release requested"_s});
        !writable) {
        Q_EMIT releaseFinished(server, key, cas, Outcome::OtherError,
                               u"not released: %1"_s.arg(writable.error().message));
        return;
    }
    m_connections[size_t(server)]->metaDelete(
        key, cas, [finished, key, cas, name](const AdminConnection::Reply& reply) {
            if (!reply.ok())
                return finished(reply.failure, u"failed"_s, u"not released: "_s + reply.error);
            switch (reply.meta.code) {
            case MetaReply::Code::HD:
                return finished(Outcome::Deleted, u"released"_s,
                                u"released %1 on %2 (CAS %3)"_s.arg(quote(key), name).arg(cas));
            case MetaReply::Code::EX:
                return finished(
                    Outcome::Exists, u"refused: changed"_s,
                    u"not released: %1 on %2 changed since it was read (its CAS is no longer %3); look again"_s
                        .arg(quote(key), name)
                        .arg(cas));
            case MetaReply::Code::NF:
                return finished(Outcome::NotFound, u"refused: gone"_s,
                                u"not released: %1 is no longer on %2"_s.arg(quote(key), name));
            default:
                return finished(
                    Outcome::ServerError, u"failed"_s,
                    u"not released: %1 answered %2"_s.arg(name, quote(reply.meta.line)));
            }
        });
}

} // namespace lockboard
