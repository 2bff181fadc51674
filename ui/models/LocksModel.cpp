#include "ui/models/LocksModel.h"

#include "core/common/Format.h"
#include "core/inspect/Rules.h"

#include <QBrush>
#include <QColor>
#include <QHash>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

// When a lock was read (its TTL true then): its own time, else its snapshot's.
qint64 readAt(const LockRecord& lock, qint64 snapshotTakenAt)
{
    return lock.readAtMs > 0 ? lock.readAtMs : snapshotTakenAt;
}

} // namespace

// Whether a fresh read of a row's lock shows anything new. Counting down is
// not new: the TTL is compared as an expiry time (to the server's 1 s clock),
// and the idle time is not compared (the Age column counts on from it).
bool LocksModel::sameContent(const Row& row, const LockRecord& fresh, qint64 seenAt)
{
    const LockRecord& a = row.lock;
    const bool sameExpiry = a.ttl < 0 || fresh.ttl < 0
                                ? a.ttl == fresh.ttl
                                : std::abs((seenAt - row.seenAt) / 1000 + fresh.ttl - a.ttl) <= 1;
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
    return std::max<qint64>(0, row.lock.ttl -
                                   (QDateTime::currentMSecsSinceEpoch() - row.seenAt) / 1000);
}

QString LocksModel::state(const LockRecord& lock) const
{
    return lockStateText(lock, m_restarted.value(lock.server));
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
    return row.lock.idleSeconds + (QDateTime::currentMSecsSinceEpoch() - row.seenAt) / 1000;
}

void LocksModel::setSnapshot(const ClusterSnapshot& snapshot)
{
    // Copies on a server that restarted recently say so.
    m_restarted.resize(snapshot.servers.size());
    for (const ServerHealth& server : snapshot.servers)
        if (server.index >= 0 && server.index < m_restarted.size())
            m_restarted[server.index] = restartStillRecent(m_restarted[server.index], server);

    // Rows are kept in the snapshot's order (lockBefore: ClusterSnapshot's
    // contract), so a refresh is diffed by one merge of two sorted lists: no
    // hashing, and no work for rows that did not change.
    const qint64 takenAt = snapshot.takenAt.toMSecsSinceEpoch();
    const QList<LockRecord>* fresh = &snapshot.locks;
    Q_ASSERT(std::is_sorted(fresh->begin(), fresh->end(), lockBefore));

    // One pass: which rows went away, which changed (replaced in place: the
    // others keep what they share with the snapshot they came from), and
    // before which row each new lock goes.
    QList<bool> gone(m_rows.size(), false);
    QList<int> changed;               // rows, in today's numbering
    QList<std::pair<int, int>> newAt; // (the row it goes before, its index in fresh)
    qsizetype i = 0;
    for (qsizetype j = 0; j < fresh->size();) {
        const LockRecord& lock = (*fresh)[j];
        const int order = i == m_rows.size() ? 1 : compareLocks(m_rows[i].lock, lock);
        if (order < 0) {
            gone[i++] = true;
        } else if (order > 0) {
            newAt.append({int(i), int(j++)});
        } else {
            if (!sameContent(m_rows[i], lock, readAt(lock, takenAt))) {
                m_rows[i] = {lock, readAt(lock, takenAt)};
                changed.append(int(i));
            }
            ++i;
            ++j;
        }
    }
    for (; i < m_rows.size(); ++i)
        gone[i] = true;

    // Row numbers after the removals: a row moves up by the rows gone before it.
    QList<int> goneBefore(m_rows.size() + 1, 0);
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        goneBefore[row + 1] = goneBefore[row] + (gone[row] ? 1 : 0);
    removeRows(gone);
    // Views hear of each run of changed rows at once.
    for (qsizetype k = 0; k < changed.size();) {
        qsizetype end = k + 1;
        while (end < changed.size() && changed[end] == changed[end - 1] + 1)
            ++end;
        Q_EMIT dataChanged(index(changed[k] - goneBefore[changed[k]], 0),
                           index(changed[end - 1] - goneBefore[changed[end - 1]], ColumnCount - 1));
        k = end;
    }
    for (auto& [before, freshIndex] : newAt)
        before -= goneBefore[before];
    insertRows(newAt, *fresh, takenAt);
}

void LocksModel::removeRows(const QList<bool>& gone)
{
    // Runs of adjacent rows that went away.
    QList<std::pair<int, int>> runs;
    for (int row = 0; row < gone.size(); ++row) {
        if (!gone[row])
            continue;
        if (!runs.isEmpty() && runs.last().second == row - 1)
            runs.last().second = row;
        else
            runs.append({row, row});
    }
    if (runs.isEmpty())
        return;
    if (runs.size() <= MaxRuns) {
        // From the end, so that the runs ahead keep their row numbers.
        for (auto run = runs.crbegin(); run != runs.crend(); ++run) {
            beginRemoveRows({}, run->first, run->second);
            m_rows.remove(run->first, run->second - run->first + 1);
            endRemoveRows();
        }
        return;
    }
    // Many scattered runs (a mass release): one pass instead of shifting
    // every row behind each run, here and in every proxy above.
    Q_EMIT layoutAboutToBeChanged();
    QList<int> newRow(m_rows.size(), -1);
    int kept = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (gone[row])
            continue;
        newRow[row] = kept;
        if (kept != row)
            m_rows[kept] = std::move(m_rows[row]);
        ++kept;
    }
    m_rows.resize(kept);
    movePersistentIndexes(newRow);
    Q_EMIT layoutChanged();
}

void LocksModel::insertRows(const QList<std::pair<int, int>>& newAt, const QList<LockRecord>& fresh,
                            qint64 seenAt)
{
    if (newAt.isEmpty())
        return;
    int runs = 1;
    for (qsizetype i = 1; i < newAt.size(); ++i)
        runs += newAt[i].first != newAt[i - 1].first ? 1 : 0;
    if (runs <= MaxRuns) {
        // A run of new rows at a time, from the end, so that the positions
        // ahead stay as they were counted.
        for (qsizetype end = newAt.size(); end > 0;) {
            qsizetype begin = end - 1;
            while (begin > 0 && newAt[begin - 1].first == newAt[end - 1].first)
                --begin;
            const int at = newAt[end - 1].first;
            beginInsertRows({}, at, at + int(end - begin) - 1);
            QList<Row> rows;
            rows.reserve(end - begin);
            for (qsizetype i = begin; i < end; ++i) {
                const LockRecord& lock = fresh[newAt[i].second];
                rows.append({lock, readAt(lock, seenAt)});
            }
            m_rows.insert(at, end - begin, Row());
            std::move(rows.begin(), rows.end(), m_rows.begin() + at);
            endInsertRows();
            end = begin;
        }
        return;
    }
    // Many scattered runs: one merge, one layout change.
    Q_EMIT layoutAboutToBeChanged();
    QList<Row> merged;
    merged.reserve(m_rows.size() + newAt.size());
    QList<int> newRow(m_rows.size(), -1);
    qsizetype next = 0;
    for (int row = 0; row <= m_rows.size(); ++row) {
        for (; next < newAt.size() && newAt[next].first == row; ++next) {
            const LockRecord& lock = fresh[newAt[next].second];
            merged.append({lock, readAt(lock, seenAt)});
        }
        if (row < m_rows.size()) {
            newRow[row] = int(merged.size());
            merged.append(std::move(m_rows[row]));
        }
    }
    m_rows = std::move(merged);
    movePersistentIndexes(newRow);
    Q_EMIT layoutChanged();
}

void LocksModel::movePersistentIndexes(const QList<int>& newRow)
{
    // Selection and the current row follow their lock; those of removed rows become invalid.
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex& old : before) {
        const int row = newRow.value(old.row(), -1);
        after.append(row < 0 ? QModelIndex() : index(row, old.column()));
    }
    changePersistentIndexList(before, after);
}

QList<LockRecord> LocksModel::locks() const
{
    QList<LockRecord> locks;
    locks.reserve(m_rows.size());
    for (const Row& row : m_rows)
        locks.append(row.lock);
    return locks;
}

bool LocksModel::lessThan(int left, int right, int column) const
{
    const LockRecord& a = m_rows.at(left).lock;
    const LockRecord& b = m_rows.at(right).lock;
    // The common columns without a QVariant per comparison: sorting 100,000
    // rows takes millions of them.
    switch (Column(column)) {
    case Name:
        return left < right; // rows are kept in name order
    case Server:
        return a.server != b.server ? a.server < b.server : left < right;
    case Home:
        return a.home != b.home ? a.home < b.home : left < right;
    case Recipe:
        return a.recipe != b.recipe ? a.recipe < b.recipe : left < right;
    case Fence:
        return a.fencingToken < b.fencingToken;
    case Cas:
        return a.cas < b.cas;
    default:
        break;
    }
    return QVariant::compare(data(index(left, column), SortRole),
                             data(index(right, column), SortRole)) == QPartialOrdering::Less;
}

void LocksModel::setHints(const QHash<LockCopyId, QString>& hints)
{
    const auto old = std::exchange(m_hints, hints);
    for (int row = 0; row < m_rows.size(); ++row) {
        const LockCopyId id = copyIdOf(m_rows[row].lock);
        if (old.value(id) != m_hints.value(id))
            Q_EMIT dataChanged(index(row, Hints), index(row, Hints));
    }
}

QVariant LocksModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[index.row()];
    const LockRecord& lock = row.lock;
    const bool problem = problemsOf(lock) != LockProblems();
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Name:
            return lock.name;
        case Recipe:
            return lock.recipe;
        case Server:
            return lock.serverName;
        case Home:
            return lock.homeName;
        case State:
            return state(lock);
        case Hints:
            return m_hints.value(copyIdOf(lock));
        case Ttl:
            return lock.ttl == ttl::Never ? tr("never") : formatDuration(ttlNow(row));
        case Age:
            return formatDuration(age(row));
        case Owner:
            // Otherwise what the value says about its holder ("uuid v1", "laravel owner").
            return lock.owner ? u"%1 (pid %2)"_s.arg(lock.owner->host).arg(lock.owner->pid)
                              : lock.ownerKind;
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
            return lock.ttl == ttl::Never ? std::numeric_limits<qint64>::max() : ttlNow(row);
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
        return u"%1 (%2)\n%3"_s.arg(QString::fromUtf8(lock.key), lock.recipe,
                                    lock.owner                   ? lock.owner->describe()
                                    : lock.ownerDetail.isEmpty() ? lock.value
                                                                 : lock.ownerDetail);
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
    case Recipe:
        return tr("Recipe");
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
