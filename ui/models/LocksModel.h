#pragma once

#include "core/inspect/ClusterSnapshot.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace lockboard {

// Every copy of every held lock, one row each, from the inspector's snapshots.
// Each refresh is diffed by (server, key): rows that went away are removed,
// new ones appended, changed ones updated in place, so selection and scroll
// survive; there is no reset per refresh. TTLs count down between refreshes
// (tick()). Sort and filter through a QSortFilterProxyModel: SortRole gives
// numbers for the numeric columns.
class LocksModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
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
    // Repaints the TTL column: TTLs count down from the snapshot's time.
    void tick();
    // Stuck-lock hints from watching the locks (ActivityMonitor), by server
    // index and memcached key; only the Hints cells that change are repainted.
    void setHints(const QHash<QPair<int, QByteArray>, QString>& hints);

    [[nodiscard]] const LockRecord& lockAt(int row) const { return m_rows.at(row).lock; }
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
        QDateTime seenAt; // when its TTL was read
    };
    [[nodiscard]] qint64 ttlNow(const Row& row) const;
    [[nodiscard]] static bool sameContent(const Row& row, const LockRecord& fresh,
                                          const QDateTime& seenAt);
    [[nodiscard]] QString state(const LockRecord& lock) const;
    [[nodiscard]] static qint64 age(const Row& row);

    QList<Row> m_rows;
    QList<bool> m_restarted; // per server: restarted recently, so locks taken before are gone
    QHash<QPair<int, QByteArray>, QString> m_hints;
};

} // namespace lockboard
