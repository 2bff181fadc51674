#pragma once

#include "core/inspect/ClusterSnapshot.h"
#include "core/inspect/Rules.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace lockboard {

// Every copy of every held lock, one row each, from the inspector's snapshots,
// kept in the snapshot's order. Each refresh is diffed by merging the two
// sorted lists: rows that went away are removed and new ones inserted, a run
// at a time (or in one layout change when there are many runs), changed ones
// updated in place, so selection and scroll survive; there is no reset per
// refresh, and rows that did not change cost a comparison. TTLs count down
// between refreshes (views repaint them: LocksView::repaintCountdowns). Sort
// and filter through a QSortFilterProxyModel: SortRole gives numbers for the
// numeric columns, and lessThan() sorts without QVariants.
class LocksModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Recipe,
        Server,
        Home,
        State,
        Hints,
        Ttl,
        Age,
        Owner,
        Fence,
        Value,
        Cas,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int ProblemRole =
        Qt::UserRole + 2; // true for misplaced, split or never-expiring copies

    explicit LocksModel(QObject* parent = nullptr);

    void setSnapshot(const ClusterSnapshot& snapshot);
    // Stuck-lock hints from watching the locks (ActivityMonitor), by server
    // index and memcached key; only the Hints cells that change are repainted.
    void setHints(const QHash<LockCopyId, QString>& hints);

    [[nodiscard]] const LockRecord& lockAt(int row) const { return m_rows.at(row).lock; }
    // Every row's copy, in the snapshot's order.
    [[nodiscard]] QList<LockRecord> locks() const;
    // Whether row left sorts before row right by column (what SortRole says, without QVariants).
    [[nodiscard]] bool lessThan(int left, int right, int column) const;
    // Seconds the lock in row has left now (-1 never expires, -2 unknown).
    [[nodiscard]] qint64 ttlAt(int row) const { return ttlNow(m_rows.at(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        LockRecord lock;
        qint64 seenAt = 0; // when its TTL was read, ms since the epoch
    };
    [[nodiscard]] qint64 ttlNow(const Row& row) const;
    [[nodiscard]] static bool sameContent(const Row& row, const LockRecord& fresh, qint64 seenAt);
    [[nodiscard]] QString state(const LockRecord& lock) const;
    [[nodiscard]] static qint64 age(const Row& row);
    // Removes the rows marked gone.
    void removeRows(const QList<bool>& gone);
    // Inserts fresh[index] before row, for each (row, index) of newAt (in order).
    void insertRows(const QList<std::pair<int, int>>& newAt, const QList<LockRecord>& fresh,
                    qint64 seenAt);
    // After rows moved: old row -> new row, or -1 for a removed one.
    void movePersistentIndexes(const QList<int>& newRow);
    // Above this many runs of removed or inserted rows, one layout change
    // instead of a signal per run (each of which costs a proxy O(rows)).
    static constexpr int MaxRuns = 16;

    QList<Row> m_rows;
    QList<bool> m_restarted; // per server: restarted recently, so locks taken before are gone
    QHash<LockCopyId, QString> m_hints;
};

} // namespace lockboard
