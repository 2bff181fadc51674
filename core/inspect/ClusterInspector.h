#pragma once

#include "core/client/ClientCounters.h"
#include "core/client/ClientOptions.h"
#include "core/config/Profile.h"
#include "core/inspect/AuditLog.h"
#include "core/inspect/ClusterSnapshot.h"
#include "core/placement/Placement.h"

#include <QObject>

#include <memory>
#include <vector>

namespace lockboard {

class AdminConnection;

// The inspection engine: one asynchronous AdminConnection per server; a
// refresh reads every server's stats and walks its hash table with
// "lru_crawler metadump hash", keeping only lock keys, then reads each lock
// with "mg ... u" (no LRU bump, no fetch mark: inspecting changes nothing).
// Servers are scanned in parallel and independently: one that is down,
// speaks garbage or is BUSY gets its own error while the others go on.
//
// Nothing blocks: it may live on the GUI thread. It belongs to the thread
// that created it.
class ClusterInspector : public QObject
{
    Q_OBJECT

public:
    ClusterInspector(Profile profile, ClientOptions options, QObject* parent = nullptr);
    ~ClusterInspector() override;

    [[nodiscard]] const Profile& profile() const { return m_profile; }
    // Lock keys of any Django VERSION, not only the profile's (default: any).
    void setAnyVersion(bool anyVersion) { m_anyVersion = anyVersion; }
    // This process's own operation counters, to add its failed sets to the servers'.
    void setOwnCounters(std::shared_ptr<const ClientCounters> counters)
    {
        m_ownCounters = std::move(counters);
    }

    // Starts a refresh; snapshotReady follows. Ignored while one is running.
    void refresh();
    [[nodiscard]] bool isRefreshing() const { return m_pending > 0; }

    // Where force releases are recorded (default: from the environment).
    void setAuditLog(AuditLog log) { m_audit = std::move(log); }
    [[nodiscard]] const AuditLog& auditLog() const { return m_audit; }

    // Deletes one copy of a lock on one server, only if its CAS is still
    // `cas` (md ... C<cas>); releaseFinished follows. value is what the
    // operator saw, for the audit log, where every attempt is recorded before
    // releaseFinished. Refused in read-only mode, and when the audit log
    // cannot be written.
    void release(int server, const QByteArray& key, quint64 cas, const QByteArray& value);

Q_SIGNALS:
    void snapshotReady(const lockboard::ClusterSnapshot& snapshot);
    // outcome: Deleted, Exists (the CAS changed), NotFound, or an error.
    void releaseFinished(int server, const QByteArray& key, quint64 cas, lockboard::Outcome outcome,
                         const QString& message);

private:
    void scanServer(int server);
    void serverDone();
    void finishSnapshot();

    Profile m_profile;
    ClientOptions m_options;
    std::unique_ptr<Placement> m_placement;
    std::vector<AdminConnection*> m_connections; // children
    std::shared_ptr<const ClientCounters> m_ownCounters;
    bool m_anyVersion = true;
    AuditLog m_audit;

    int m_pending = 0;
    ClusterSnapshot m_building;
    QList<ServerHealth> m_previous; // for restart detection
};

} // namespace lockboard
