#include "ui/models/LocksModel.h"

#include "ui/Format.h"

#include <QBrush>
#include <QColor>
#include <QHash>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

} // namespace

// Whether a fresh read of a row's lock shows anything new. Counting down is
// not new: the TTL is compared as an expiry time (to the server's 1 s clock),
// and the idle time is not compared (the Age column counts on from it).
bool LocksModel::sameContent(const Row& row, const LockRecord& fresh, const QDateTime& seenAt)
{
    const LockRecord& a = row.lock;
    const bool sameExpiry =
        a.ttl < 0 || fresh.ttl < 0
            ? a.ttl == fresh.ttl
            : std::abs((row.seenAt.secsTo(seenAt) + fresh.ttl) - a.ttl) <= 1;
    return a.cas == fresh.cas && sameExpiry && a.split == fresh.split &&
           a.misplaced == fresh.misplaced && a.rawValue == fresh.rawValue &&
           a.fencingToken == fresh.fencingToken;
}

LocksModel::LocksModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int LocksModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LocksModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 LocksModel::ttlNow(const Row& row) const
{
    if (row.lock.ttl < 0)
        return row.lock.ttl;
    return std::max<qint64>(0, row.lock.ttl - row.seenAt.secsTo(QDateTime::currentDateTimeUtc()));
}

QString LocksModel::state(const LockRecord& lock) const
{
    QStringList states;
    if (lock.misplaced)
        states << tr("misplaced (home %1)").arg(lock.homeName);
    if (lock.split)
        states << tr("split");
    if (lock.ttl == -1)
        states << tr("no TTL");
    if (m_restarted.value(lock.server))
        states << tr("server restarted");
    return states.isEmpty() ? tr("ok") : states.join(u", "_s);
}

qint64 LocksModel::age(const Row& row)
{
    // A Lockboard token says when it was taken; otherwise the item's last
    // write is the best there is (the inspector's reads do not count).
    if (row.lock.owner && row.lock.owner->acquired.isValid())
        return std::max<qint64>(0,
                                row.lock.owner->acquired.secsTo(QDateTime::currentDateTimeUtc()));
    if (row.lock.idleSeconds < 0)
        return -1;
    return row.lock.idleSeconds + row.seenAt.secsTo(QDateTime::currentDateTimeUtc());
}

void LocksModel::setSnapshot(const ClusterSnapshot& snapshot)
{
    // Copies on a server that restarted within 10 minutes say so.
    m_restarted.resize(snapshot.servers.size());
    for (const ServerHealth& server : snapshot.servers)
        if (server.index >= 0 && server.index < m_restarted.size())
            m_restarted[server.index] =
                (m_restarted[server.index] || server.restarted) && server.uptime < 600;

    using Id = QPair<int, QByteArray>;
    QHash<Id, const LockRecord*> incoming;
    incoming.reserve(snapshot.locks.size());
    for (const LockRecord& lock : snapshot.locks)
        incoming.insert({lock.server, lock.key}, &lock);

    // Remove what went away, a run of adjacent rows at a time, from the end
    // (rows ahead keep their numbers).
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (incoming.contains({m_rows[row].lock.server, m_rows[row].lock.key})) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 &&
               !incoming.contains({m_rows[first - 1].lock.server, m_rows[first - 1].lock.key}))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    // Update what stayed, telling views of each run of changed rows at once.
    QSet<Id> present;
    present.reserve(m_rows.size());
    int changedFrom = -1;
    const auto flush = [&](int end) {
        if (changedFrom >= 0)
            Q_EMIT dataChanged(index(changedFrom, 0), index(end - 1, ColumnCount - 1));
        changedFrom = -1;
    };
    for (int row = 0; row < m_rows.size(); ++row) {
        Row& current = m_rows[row];
        const Id id{current.lock.server, current.lock.key};
        present.insert(id);
        const LockRecord& fresh = *incoming.value(id);
        const bool changed = !sameContent(current, fresh, snapshot.takenAt);
        current.lock = fresh;
        current.seenAt = snapshot.takenAt;
        if (changed && changedFrom < 0)
            changedFrom = row;
        else if (!changed)
            flush(row);
    }
    flush(int(m_rows.size()));
    // Append what is new, at once.
    QList<Row> added;
    for (const LockRecord& lock : snapshot.locks)
        if (!present.contains({lock.server, lock.key}))
            added.append({lock, snapshot.takenAt});
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
        m_rows += added;
        endInsertRows();
    }
}

void LocksModel::setHints(const QHash<QPair<int, QByteArray>, QString>& hints)
{
    const auto old = std::exchange(m_hints, hints);
    for (int row = 0; row < m_rows.size(); ++row) {
        const QPair<int, QByteArray> id{m_rows[row].lock.server, m_rows[row].lock.key};
        if (old.value(id) != m_hints.value(id))
            Q_EMIT dataChanged(index(row, Hints), index(row, Hints));
    }
}

void LocksModel::tick()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Ttl), index(int(m_rows.size()) - 1, Age),
                           {Qt::DisplayRole, SortRole});
}

QVariant LocksModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[index.row()];
    const LockRecord& lock = row.lock;
    const bool problem = lock.misplaced || lock.split || lock.ttl == -1;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Name:
            return lock.name;
        case Server:
            return lock.serverName;
        case Home:
            return lock.homeName;
        case State:
            return state(lock);
        case Hints:
            return m_hints.value({lock.server, lock.key});
        case Ttl:
            return lock.ttl == -1 ? tr("never") : formatDuration(ttlNow(row));
        case Age:
            return formatDuration(age(row));
        case Owner:
            return lock.owner ? u"%1 (pid %2)"_s.arg(lock.owner->host).arg(lock.owner->pid)
                              : QString();
        case Fence:
            return lock.fencingToken ? QString::number(lock.fencingToken) : QString();
        case Value:
            return lock.owner ? tr("Lockboard token") : lock.value;
        case Cas:
            return QString::number(lock.cas);
        case ColumnCount:
            break;
        }
        return {};
    case SortRole:
        switch (Column(index.column())) {
        case Ttl:
            return lock.ttl == -1 ? std::numeric_limits<qint64>::max() : ttlNow(row);
        case Age:
            return age(row);
        case Fence:
            return lock.fencingToken;
        case Cas:
            return lock.cas;
        default:
            return data(index, Qt::DisplayRole);
        }
    case ProblemRole:
        return problem;
    case Qt::ForegroundRole:
        // Colour as well as the words in the State column: never colour alone.
        return problem && index.column() == State ? QVariant(QBrush(QColor(0xb0, 0x00, 0x20)))
                                                  : QVariant();
    case Qt::ToolTipRole:
        return u"%1\n%2"_s.arg(QString::fromUtf8(lock.key),
                               lock.owner ? lock.owner->describe() : lock.value);
    default:
        return {};
    }
}

QVariant LocksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Lock");
    case Server:
        return tr("Server");
    case Home:
        return tr("Home");
    case State:
        return tr("State");
    case Hints:
        return tr("Hints");
    case Ttl:
        return tr("TTL");
    case Age:
        return tr("Age");
    case Owner:
        return tr("Owner");
    case Fence:
        return tr("Fencing token");
    case Value:
        return tr("Value");
    case Cas:
        return tr("CAS");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace lockboard
