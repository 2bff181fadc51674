#include "ui/models/LocksModel.h"

#include "ui/Format.h"

#include <QBrush>
#include <QColor>
#include <QHash>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

bool sameContent(const LockRecord& a, const LockRecord& b)
{
    return a.cas == b.cas && a.ttl == b.ttl && a.split == b.split &&
           a.idleSeconds == b.idleSeconds && a.rawValue == b.rawValue &&
           a.fencingToken == b.fencingToken;
}

} // namespace

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

    const auto identity = [](const LockRecord& lock) -> QString {
        return QString::number(lock.server) + u'\n' + QString::fromUtf8(lock.key);
    };
    QHash<QString, const LockRecord*> incoming;
    for (const LockRecord& lock : snapshot.locks)
        incoming.insert(identity(lock), &lock);

    // Remove what went away (from the end, so rows ahead keep their numbers).
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!incoming.contains(identity(m_rows[row].lock))) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    // Update what stayed; remember it.
    QHash<QString, int> present;
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString id = identity(m_rows[row].lock);
        present.insert(id, row);
        const LockRecord& fresh = *incoming.value(id);
        const bool changed = !sameContent(m_rows[row].lock, fresh);
        m_rows[row].lock = fresh;
        m_rows[row].seenAt = snapshot.takenAt;
        if (changed)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    // Append what is new.
    QList<Row> added;
    for (const LockRecord& lock : snapshot.locks)
        if (!present.contains(identity(lock)))
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
