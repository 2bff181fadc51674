#pragma once

#include "core/inspect/ClusterInspector.h"

#include <QObject>
#include <QThread>

namespace lockboard {

// Runs a ClusterInspector on a thread of its own, so that its sockets are
// read the moment bytes arrive whatever the GUI thread is doing: a keyspace
// walk is drained at the socket's pace (memcached 1.6.18 holds an item lock
// while a dump waits on us), and latencies are the server's, not the
// window's. Calls are posted to that thread; the inspector's signals reach
// receivers on their own threads (queued). Stopping joins a thread that only
// runs an event loop: nothing there blocks.
class InspectorThread : public QObject
{
    Q_OBJECT

public:
    // Takes the inspector (it must have no parent) and starts the thread.
    explicit InspectorThread(ClusterInspector* inspector, QObject* parent = nullptr);
    ~InspectorThread() override;

    // For connecting to its signals; call its methods only through this class.
    [[nodiscard]] ClusterInspector* inspector() const { return m_inspector; }

    void refresh();
    void scanKeyspace(const QList<int>& servers = {});
    void noteLockKey(int server, const QByteArray& key);
    void noteStreamGap(int server);
    void noteStreamState(int server, bool streaming);
    void release(int server, const QByteArray& key, quint64 cas, const QByteArray& value,
                 bool ownerCheckBypassed = false);

private:
    QThread m_thread;
    ClusterInspector* m_inspector;
};

} // namespace lockboard
