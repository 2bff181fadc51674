#pragma once

#include "core/activity/ActivityMonitor.h"
#include "core/inspect/ClusterSnapshot.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace lockboard {

// One row per server of the profile: health in words (and colour), latency,
// load, uptime or restart, items, memory, evictions and failed sets. Rows are
// the profile's servers, so a refresh only changes cells (dataChanged); the
// model resets only when the number of servers changes (a new profile).
class ServersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Server,
        Health,
        Latency,
        OperationsPerSecond,
        Uptime,
        Items,
        Memory,
        Evictions,
        FailedSets,
        Connections,
        Version,
        Security,     // how our connection got in: TLS (verified or not), authenticated
        KeyspaceWalk, // when the keyspace was last walked and the next walk is due, or names mode
        NewLocks,     // how late a new lock can be listed, and by what (Freshness)
        Watching,     // what the activity stream costs this server, or why there is none
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    enum class Condition
    {
        Up,
        Restarted,  // up, but it restarted recently: its locks are gone
        ScanFailed, // up, but its keys could not be listed
        Down,
    };
    static constexpr int ConditionRole = Qt::UserRole + 2; // int(Condition)

    explicit ServersModel(QObject* parent = nullptr);

    // opsPerSecond: per server, the latest rate or -1 (from ServerHistory).
    void setSnapshot(const ClusterSnapshot& snapshot, const QList<double>& opsPerSecond);
    void clear();
    // Per server: the activity stream's state and cost.
    void setStreams(const QList<ActivityMonitor::ServerState>& streams);

    [[nodiscard]] const ServerHealth& serverAt(int row) const { return m_rows.at(row).health; }
    [[nodiscard]] Condition condition(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        ServerHealth health;
        double opsPerSecond = -1;
        ActivityMonitor::ServerState stream;
        QDateTime takenAt;
    };
    [[nodiscard]] QString healthText(int row) const;

    QList<Row> m_rows;
};

} // namespace lockboard
