#include "ui/models/ServerHistory.h"

namespace lockboard {

ServerHistory::ServerHistory(int capacity)
    : m_capacity(capacity)
{}

void ServerHistory::clear()
{
    m_servers.clear();
}

void ServerHistory::append(QList<QPointF>& points, QPointF point) const
{
    points.append(point);
    if (points.size() > m_capacity)
        points.remove(0, points.size() - m_capacity);
}

void ServerHistory::add(const ClusterSnapshot& snapshot)
{
    if (m_servers.size() != snapshot.servers.size()) {
        m_servers.clear();
        m_servers.resize(snapshot.servers.size());
    }
    const qint64 atMs = snapshot.takenAt.toMSecsSinceEpoch();
    for (int i = 0; i < snapshot.servers.size(); ++i) {
        const ServerHealth& health = snapshot.servers[i];
        Server& server = m_servers[i];
        if (!health.up) {
            server.hasPrevious = false; // no rate across an outage
            continue;
        }
        if (health.latencyMs >= 0)
            append(server.latency, QPointF(double(atMs), health.latencyMs));
        const double seconds = double(atMs - server.previousAtMs) / 1000.0;
        const bool counting = server.hasPrevious && !health.restarted && seconds > 0 &&
                              health.operations >= server.previousOperations &&
                              health.failedSets() >= server.previousFailedSets;
        if (counting) {
            append(server.operations,
                   QPointF(double(atMs),
                           double(health.operations - server.previousOperations) / seconds));
            append(server.failedSets,
                   QPointF(double(atMs),
                           double(health.failedSets() - server.previousFailedSets) / seconds));
        }
        server.hasPrevious = true;
        server.previousOperations = health.operations;
        server.previousFailedSets = health.failedSets();
        server.previousAtMs = atMs;
    }
}

const QList<QPointF>& ServerHistory::points(int server, Series series) const
{
    const Server& history = m_servers.at(server);
    switch (series) {
    case Series::Latency:
        return history.latency;
    case Series::OperationsPerSecond:
        return history.operations;
    case Series::FailedSetsPerSecond:
        return history.failedSets;
    }
    return history.latency;
}

double ServerHistory::lastOperationsPerSecond(int server) const
{
    if (server < 0 || server >= m_servers.size() || m_servers[server].operations.isEmpty())
        return -1;
    return m_servers[server].operations.constLast().y();
}

} // namespace lockboard
