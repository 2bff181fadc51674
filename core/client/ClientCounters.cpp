#include "core/client/ClientCounters.h"

#include <QMutexLocker>

namespace lockboard {

ClientCounters::ClientCounters(int servers)
    : m_servers(servers)
{}

void ClientCounters::record(const OpResult& result)
{
    if (result.server < 0 || result.server >= m_servers.size())
        return; // never sent (an invalid key): no server to count it against
    const bool error = isError(result.outcome);
    const bool failedSet = isStorage(result.op) && (result.op == Op::Set ? !result.ok() : error);
    const QDateTime now = error ? QDateTime::currentDateTimeUtc() : QDateTime();

    const QMutexLocker locker(&m_mutex);
    ServerCounters& counters = m_servers[result.server];
    ++counters.operations;
    ++counters.outcomes[result.outcome];
    if (error) {
        ++counters.errors;
        counters.lastError = result.message;
        counters.lastErrorAt = now;
    }
    if (failedSet) {
        ++counters.failedSets;
        if (result.outcome != Outcome::TooLarge && result.outcome != Outcome::OutOfMemory)
            ++counters.failedSetsServerMissed;
    }
}

ServerCounters ClientCounters::snapshot(int server) const
{
    const QMutexLocker locker(&m_mutex);
    return m_servers.value(server);
}

QList<ServerCounters> ClientCounters::snapshot() const
{
    const QMutexLocker locker(&m_mutex);
    return m_servers;
}

} // namespace lockboard
