#include "ui/models/ServersModel.h"

#include "core/common/Format.h"
#include "core/inspect/Rules.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace lockboard {

ServersModel::ServersModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int ServersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ServersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ServersModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void ServersModel::setSnapshot(const ClusterSnapshot& snapshot, const QList<double>& opsPerSecond)
{
    if (m_rows.size() != snapshot.servers.size()) {
        beginResetModel();
        m_rows.clear();
        for (int i = 0; i < snapshot.servers.size(); ++i)
            m_rows.append({snapshot.servers[i], opsPerSecond.value(i, -1), {}, snapshot.takenAt});
        endResetModel();
        return;
    }
    for (int i = 0; i < snapshot.servers.size(); ++i) {
        Row& row = m_rows[i];
        // A restart seen once stays visible for a while, not just one refresh.
        const bool restartSeen = row.health.restarted;
        row.health = snapshot.servers[i];
        row.health.restarted = restartStillRecent(restartSeen, row.health);
        row.opsPerSecond = opsPerSecond.value(i, -1);
        row.takenAt = snapshot.takenAt;
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void ServersModel::setStreams(const QList<ActivityMonitor::ServerState>& streams)
{
    // One dataChanged over the rows that changed: a sorting proxy re-sorts once, not per row.
    int first = -1;
    int last = -1;
    for (int i = 0; i < m_rows.size() && i < streams.size(); ++i) {
        ActivityMonitor::ServerState& stream = m_rows[i].stream;
        const ActivityMonitor::ServerState& fresh = streams[i];
        if (stream.streaming == fresh.streaming && stream.note == fresh.note &&
            qRound(stream.bytesPerSecond) == qRound(fresh.bytesPerSecond) &&
            qRound(stream.linesPerSecond) == qRound(fresh.linesPerSecond))
            continue;
        stream = fresh;
        first = first < 0 ? i : first;
        last = i;
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, Watching), index(last, Watching));
}

ServersModel::Condition ServersModel::condition(int row) const
{
    const ServerHealth& health = m_rows.at(row).health;
    if (!health.up)
        return Condition::Down;
    if (health.restarted)
        return Condition::Restarted;
    if (!health.scanned && health.error)
        return Condition::ScanFailed;
    return Condition::Up;
}

QString ServersModel::healthText(int row) const
{
    const ServerHealth& health = m_rows.at(row).health;
    switch (condition(row)) {
    case Condition::Down:
        return tr("DOWN: %1").arg(health.errorText());
    case Condition::Restarted:
        return tr("RESTARTED %1 ago").arg(formatDuration(health.uptime));
    case Condition::ScanFailed:
        return tr("up, keys not listed: %1").arg(health.errorText());
    case Condition::Up:
        break;
    }
    return tr("up");
}

QVariant ServersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[index.row()];
    const ServerHealth& health = row.health;
    const QLocale locale;
    const bool up = health.up;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Server:
            return health.server;
        case Health:
            return healthText(index.row());
        case Latency:
            return up && health.latencyMs >= 0
                       ? tr("%1 ms").arg(locale.toString(health.latencyMs, 'f', 2))
                       : QString();
        case OperationsPerSecond:
            return up && row.opsPerSecond >= 0 ? locale.toString(row.opsPerSecond, 'f', 0)
                                               : QString();
        case Uptime:
            return up ? formatDuration(health.uptime) : QString();
        case Items:
            return up ? locale.toString(health.items) : QString();
        case Memory:
            return up ? tr("%1 of %2")
                            .arg(formatBytes(health.bytes), formatBytes(health.limitBytes))
                      : QString();
        case Evictions:
            return up ? (health.evictionsOff ? tr("%1 (off: -M)").arg(health.evictions)
                                             : locale.toString(health.evictions))
                      : QString();
        case FailedSets:
            return up ? locale.toString(health.failedSets()) : QString();
        case Connections:
            return up ? tr("%1 of %2").arg(health.connections).arg(health.maxConnections)
                      : QString();
        case Version:
            return health.version;
        case Security:
            return up ? health.linkText() : QString();
        case KeyspaceWalk:
            if (health.listing == ServerHealth::Listing::Names)
                return tr("names mode");
            if (!health.lastWalkAt.isValid())
                return QString();
            return health.nextWalkAt.isValid()
                       ? tr("%1 ago, next in %2")
                             .arg(formatDuration(health.lastWalkAt.secsTo(row.takenAt)),
                                  formatDuration(
                                      std::max<qint64>(0, row.takenAt.secsTo(health.nextWalkAt))))
                       : tr("%1 ago").arg(formatDuration(health.lastWalkAt.secsTo(row.takenAt)));
        case NewLocks:
            return up ? freshnessText(health.freshness, row.takenAt) : QString();
        case Watching:
            if (row.stream.overLimit)
                return tr("paused: over its limit");
            if (!row.stream.streaming)
                return row.stream.note.isEmpty() ? QString() : tr("off");
            return tr("%1/s, %2 lines/s")
                .arg(formatBytes(qint64(row.stream.bytesPerSecond)))
                .arg(locale.toString(row.stream.linesPerSecond, 'f', 0));
        case ColumnCount:
            break;
        }
        return {};
    case SortRole:
        switch (Column(index.column())) {
        case Health:
            return int(condition(index.row()));
        case Latency:
            return health.latencyMs;
        case OperationsPerSecond:
            return row.opsPerSecond;
        case Uptime:
            return health.uptime;
        case Items:
            return health.items;
        case Memory:
            return health.bytes;
        case Evictions:
            return health.evictions;
        case FailedSets:
            return health.failedSets();
        case Connections:
            return health.connections;
        default:
            return data(index, Qt::DisplayRole);
        }
    case ConditionRole:
        return int(condition(index.row()));
    case Qt::BackgroundRole: {
        if (index.column() == Security && up && health.encrypted && !health.verified)
            return QBrush(QColor(0xf8, 0xc8, 0xc8)); // the words say "NOT VERIFIED" too
        if (index.column() != Health)
            return {};
        // The words in the cell say the same: colour is never the only signal.
        switch (condition(index.row())) {
        case Condition::Up:
            return QBrush(QColor(0xd8, 0xf0, 0xd8));
        case Condition::Restarted:
        case Condition::ScanFailed:
            return QBrush(QColor(0xff, 0xe8, 0xb0));
        case Condition::Down:
            return QBrush(QColor(0xf8, 0xc8, 0xc8));
        }
        return {};
    }
    case Qt::ForegroundRole:
        return index.column() == Health || index.column() == Security ? QVariant(QBrush(Qt::black))
                                                                      : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Health && health.error)
            return health.errorText();
        if (index.column() == Latency)
            return tr("Round trip of a stats request: from writing it to reading its last byte, "
                      "timed on the inspector's own thread");
        if (index.column() == KeyspaceWalk)
            return health.listing == ServerHealth::Listing::Names
                       ? health.listingNote
                       : tr("A walk reads every key's metadata (%1 keys in %2 s last time); "
                            "between walks, known locks are re-read by key and new ones come "
                            "from the store stream. F5 walks every server now.")
                             .arg(health.keysScanned)
                             .arg(locale.toString(health.lastWalkSeconds, 'f', 2));
        if (index.column() == NewLocks)
            return tr("How late a lock taken there now can be listed. By stream: the server "
                      "reports every store, and lock stores are read at once. By class walk: "
                      "the stream is off (over its cost limit, refused, or not up yet), so the "
                      "slab classes locks live in are walked every few seconds, a crowded one "
                      "less often (a lock being written during a walk is found by the next). "
                      "Only at full walks: F5 walks every server now.");
        if (index.column() == Watching)
            return row.stream.note.isEmpty()
                       ? tr("What the activity stream (every store on this server) costs it")
                       : row.stream.note;
        if (index.column() == Security)
            return !health.encrypted ? tr("Plain text: anyone on the path can read the traffic")
                   : health.verified
                       ? tr("TLS; the server's certificate was verified")
                       : tr("TLS, but the server's certificate is NOT verified (the profile "
                            "turns verification off): the server is not authenticated");
        if (index.column() == FailedSets)
            return tr("Refused stores (too large, out of memory) counted by the server, "
                      "plus this program's own failed sets");
        if (index.column() == Uptime && up)
            return tr("pid %1").arg(health.pid);
        return {};
    default:
        return {};
    }
}

QVariant ServersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Server:
        return tr("Server");
    case Health:
        return tr("Health");
    case Latency:
        return tr("Latency");
    case OperationsPerSecond:
        return tr("Ops/s");
    case Uptime:
        return tr("Uptime");
    case Items:
        return tr("Items");
    case Memory:
        return tr("Memory");
    case Evictions:
        return tr("Evictions");
    case FailedSets:
        return tr("Failed sets");
    case Connections:
        return tr("Connections");
    case Version:
        return tr("Version");
    case Security:
        return tr("Security");
    case KeyspaceWalk:
        return tr("Keyspace walk");
    case NewLocks:
        return tr("New locks");
    case Watching:
        return tr("Watching");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace lockboard
