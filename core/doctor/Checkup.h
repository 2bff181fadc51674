#pragma once

#include "core/activity/ActivityMonitor.h"
#include "core/config/ClientOptions.h"
#include "core/config/LockKeyMemory.h"
#include "core/config/Profile.h"
#include "core/doctor/Findings.h"
#include "core/inspect/ClusterSnapshot.h"

#include <QList>
#include <QObject>

#include <memory>
#include <optional>

namespace lockboard {

class AdminConnection;
class ClusterInspector;

// One doctor's visit to a cluster: one inspector refresh (health, the locks
// and their TTLs; it walks each server's keys once, as `lockboardctl locks`
// does), "stats items" and "stats slabs" per server, and a try of the watch
// stream (stopped as soon as the server answered). Then finished() with every
// finding: the client's settings, the other saved profiles, the cluster's state.
// Asynchronous: run it on a thread with an event loop (the GUI's is fine).
class Checkup : public QObject
{
    Q_OBJECT

public:
    // others: every saved profile, compared with profile.
    Checkup(Profile profile, QList<Profile> others, ClientOptions options,
            QObject* parent = nullptr);
    ~Checkup() override;

    // The lock keys seen before, for servers read by name (see ClusterInspector).
    void setLockKeyMemory(LockKeyMemory memory) { m_memory = std::move(memory); }
    // What a front end already knows, so that the visit does not read it again
    // (the dashboard: its latest refresh and its activity stream): with a
    // snapshot no refresh is made, with watch states no watch is tried; only
    // the slab statistics are read.
    void useSnapshot(ClusterSnapshot snapshot) { m_given = std::move(snapshot); }
    void useActivity(const QList<ActivityMonitor::ServerState>& streams);
    // offline: judge the settings only, contacting no server.
    void start(bool offline = false);

    [[nodiscard]] const ClusterSnapshot& snapshot() const { return m_snapshot; }

Q_SIGNALS:
    void finished(const QList<lockboard::Finding>& findings);

private:
    void partDone();

    Profile m_profile;
    QList<Profile> m_others;
    ClientOptions m_options;
    LockKeyMemory m_memory;
    std::unique_ptr<ClusterInspector> m_inspector;
    std::unique_ptr<ActivityMonitor> m_stream;
    QList<AdminConnection*> m_connections;
    QList<ServerCheckup> m_checkups;
    ClusterSnapshot m_snapshot;
    std::optional<ClusterSnapshot> m_given;
    std::optional<QList<ActivityMonitor::ServerState>> m_streams;
    QList<bool> m_watchSettled;
    int m_pending = 0;
    bool m_done = false;
};

} // namespace lockboard
