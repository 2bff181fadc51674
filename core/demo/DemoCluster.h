#pragma once

#include "core/config/Profile.h"

#include <QList>
#include <QObject>
#include <QThread>

class QProcess;

namespace lockboard {

class DemoWorkload;

// `lockboard --demo`: local memcached servers on free loopback ports with a
// workload of lock holders (DemoWorkload, on its own thread). Asynchronous:
// start() returns at once; ready() or failed() follows. Everything it started
// is stopped by stop() or the destructor.
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
    [[nodiscard]] const Profile& profile() const { return m_profile; }

Q_SIGNALS:
    void ready(const lockboard::Profile& profile);
    void failed(const QString& message);

private:
    void fail(const QString& message);

    Profile m_profile;
    QString m_program;
    QList<QProcess*> m_servers;
    QThread m_thread;
    bool m_failed = false;
};

} // namespace lockboard
