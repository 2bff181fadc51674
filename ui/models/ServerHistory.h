#pragma once

#include "core/inspect/ClusterSnapshot.h"

#include <QList>
#include <QPointF>

namespace lockboard {

// The rolling history behind the server charts: per server, the latest
// `capacity` points of latency, operations per second and failed sets per
// second, with x in milliseconds since the epoch (UTC). Rates come from the
// counter deltas between consecutive snapshots; across a restart (a counter
// going down) or an outage there is no rate point rather than a wrong one.
// Plain data, no chart classes: ui/charts draws it.
class ServerHistory
{
public:
    enum class Series
    {
        Latency,
        OperationsPerSecond,
        FailedSetsPerSecond,
    };

    explicit ServerHistory(int capacity = 150);

    void add(const ClusterSnapshot& snapshot);
    void clear();

    [[nodiscard]] int serverCount() const { return int(m_servers.size()); }
    [[nodiscard]] const QList<QPointF>& points(int server, Series series) const;
    // The latest rate, or -1 when there is none yet.
    [[nodiscard]] double lastOperationsPerSecond(int server) const;

private:
    struct Server
    {
        QList<QPointF> latency;
        QList<QPointF> operations;
        QList<QPointF> failedSets;
        bool hasPrevious = false;
        qint64 previousOperations = 0;
        qint64 previousFailedSets = 0;
        qint64 previousAtMs = 0;
    };
    void append(QList<QPointF>& points, QPointF point) const;

    int m_capacity;
    QList<Server> m_servers;
};

} // namespace lockboard
