#pragma once

#include "core/client/OpResult.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMutex>

namespace lockboard {

// One server's counters at one moment.
struct ServerCounters
{
    quint64 operations = 0;
    quint64 errors = 0;     // outcomes for which isError() holds
    quint64 failedSets = 0; // set that did not store; add/replace/cas that failed with an error
    // Those of failedSets that the server did not count itself (its store_too_large
    // and store_no_memory): it never answered, or it answered with something else.
    quint64 failedSetsServerMissed = 0;
    QMap<Outcome, quint64> outcomes;
    QString lastError;
    QDateTime lastErrorAt; // UTC; null when there was none
};

// Per-server operation counters of one or more clients. Thread-safe: clients
// record from their threads while the dashboard reads from the GUI thread.
class ClientCounters
{
public:
    explicit ClientCounters(int servers);

    void record(const OpResult& result);

    [[nodiscard]] int serverCount() const { return int(m_servers.size()); }
    [[nodiscard]] ServerCounters snapshot(int server) const;
    [[nodiscard]] QList<ServerCounters> snapshot() const;

private:
    mutable QMutex m_mutex;
    QList<ServerCounters> m_servers;
};

} // namespace lockboard
