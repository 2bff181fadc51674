#pragma once

#include "core/client/ClientCounters.h"
#include "core/config/Profile.h"

#include <QList>
#include <QObject>
#include <QThread>

#include <memory>

class QProcess;

namespace lockboard {

class DemoWorkload;

// `lockboard --demo`: local memcached servers on free loopback ports with a
// workload of lock holders (DemoWorkload, on its own thread). Asynchronous:
// start() returns at once; ready() or failed() follows. stop() returns at
// once too: the workload releases its locks, then the servers are terminated
// (killed after 2 s) and reaped, then stopped() follows. The destructor stops
// whatever is still running, waiting for it.
class DemoCluster : public QObject
{
    Q_OBJECT

public:
    explicit DemoCluster(QObject* parent = nullptr);
    ~DemoCluster() override;

    // The memcached executable on PATH (or in /usr/bin, /usr/sbin), or empty.
    [[nodiscard]] static QString findMemcached();

    // The memcached to run instead of findMemcached()'s (tests).
    void setMemcachedProgram(const QString& path) { m_program = path; }
    void start(int servers = 3);
    void stop();
    // Started and not yet stopped: stop() has something to do.
    [[nodiscard]] bool isRunning() const { return m_thread.isRunning() || !m_servers.isEmpty(); }
    [[nodiscard]] const Profile& profile() const { return m_profile; }
    // The workload's operation counters (its failed sets are this program's).
    [[nodiscard]] std::shared_ptr<const ClientCounters> counters() const { return m_counters; }

Q_SIGNALS:
    void ready(const lockboard::Profile& profile);
    void failed(const QString& message);
    void stopped();

private:
    void fail(const QString& message);
    void stopServers();
    void serverGone(QProcess* process);

    Profile m_profile;
    QString m_program;
    QList<QProcess*> m_servers;
    std::shared_ptr<ClientCounters> m_counters;
    QThread m_thread;
    DemoWorkload* m_workload = nullptr; // lives on m_thread
    bool m_failed = false;
    bool m_stopping = false;
};

} // namespace lockboard
