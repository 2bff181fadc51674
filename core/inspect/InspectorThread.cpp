#include "core/inspect/InspectorThread.h"

namespace lockboard {

InspectorThread::InspectorThread(ClusterInspector* inspector, QObject* parent)
    : QObject(parent)
    , m_inspector(inspector)
{
    m_thread.setObjectName(QStringLiteral("inspector"));
    m_inspector->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_inspector, &QObject::deleteLater);
    m_thread.start();
}

InspectorThread::~InspectorThread()
{
    m_thread.quit();
    m_thread.wait();
}

void InspectorThread::refresh()
{
    QMetaObject::invokeMethod(m_inspector, &ClusterInspector::refresh);
}

void InspectorThread::scanKeyspace(const QList<int>& servers)
{
    QMetaObject::invokeMethod(
        m_inspector, [inspector = m_inspector, servers] { inspector->scanKeyspace(servers); });
}

void InspectorThread::noteLockKey(int server, const QByteArray& key)
{
    QMetaObject::invokeMethod(m_inspector, [inspector = m_inspector, server, key] {
        inspector->noteLockKey(server, key);
    });
}

void InspectorThread::noteStreamGap(int server)
{
    QMetaObject::invokeMethod(
        m_inspector, [inspector = m_inspector, server] { inspector->noteStreamGap(server); });
}

void InspectorThread::noteStreamState(int server, bool streaming)
{
    QMetaObject::invokeMethod(m_inspector, [inspector = m_inspector, server, streaming] {
        inspector->noteStreamState(server, streaming);
    });
}

void InspectorThread::release(int server, const QByteArray& key, quint64 cas,
                              const QByteArray& value, bool ownerCheckBypassed)
{
    QMetaObject::invokeMethod(
        m_inspector, [inspector = m_inspector, server, key, cas, value, ownerCheckBypassed] {
            inspector->release(server, key, cas, value, ownerCheckBypassed);
        });
}

} // namespace lockboard
