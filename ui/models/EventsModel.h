#pragma once

#include "core/inspect/ClusterEvent.h"

#include <QAbstractTableModel>

namespace lockboard {

// What happened to the cluster, newest first, at most `capacity` events (the
// oldest are dropped). Events are inserted at the top; nothing is reset.
class EventsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        Severity,
        Server,
        Lock,
        What,
        ColumnCount
    };

    explicit EventsModel(int capacity = 1000, QObject* parent = nullptr);

    // events in the order they happened.
    void addEvents(const QList<ClusterEvent>& events);
    void clear();
    [[nodiscard]] const ClusterEvent& eventAt(int row) const { return m_events.at(row); }
    [[nodiscard]] int capacity() const { return m_capacity; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    int m_capacity;
    QList<ClusterEvent> m_events; // newest first
};

} // namespace lockboard
