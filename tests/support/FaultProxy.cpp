#include "tests/support/FaultProxy.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace lockboard::test {

class FaultProxyWorker : public QObject
{
public:
    explicit FaultProxyWorker(quint16 target)
        : m_target(target)
    {}

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return 0;
        connect(m_server, &QTcpServer::newConnection, this, &FaultProxyWorker::accept);
        return m_server->serverPort();
    }

    void shutdown()
    {
        delete m_server;
        m_server = nullptr;
        const auto sockets = findChildren<QTcpSocket*>();
        // Their destructors emit disconnected(): the handlers must not run on
        // a socket half destroyed (UBSan caught the downcast).
        for (QTcpSocket* socket : sockets)
            socket->disconnect(this);
        for (QTcpSocket* socket : sockets)
            delete socket;
    }

    std::atomic<FaultProxy::Mode> mode{FaultProxy::Mode::Pass};
    std::atomic<int> delayMs{0};

private:
    static void resetHard(QTcpSocket* socket)
    {
        // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
        const linger hard{1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        socket->abort();
    }

    void accept()
    {
        while (QTcpSocket* client = m_server->nextPendingConnection()) {
            client->setParent(this);
            if (mode == FaultProxy::Mode::Reset) {
                resetHard(client);
                client->deleteLater();
                continue;
            }
            auto* upstream = new QTcpSocket(this);
            upstream->connectToHost(QHostAddress::LocalHost, m_target);
            const QPointer<QTcpSocket> guardClient(client);
            const QPointer<QTcpSocket> guardUpstream(upstream);
            connect(client, &QTcpSocket::readyRead, this, [this, guardClient, guardUpstream] {
                if (guardClient && guardUpstream)
                    forward(guardClient, guardUpstream, false);
            });
            connect(upstream, &QTcpSocket::readyRead, this, [this, guardClient, guardUpstream] {
                if (guardClient && guardUpstream)
                    forward(guardUpstream, guardClient, true);
            });
            const auto closeBoth = [guardClient, guardUpstream] {
                if (guardClient) {
                    guardClient->disconnectFromHost();
                    guardClient->deleteLater();
                }
                if (guardUpstream) {
                    guardUpstream->disconnectFromHost();
                    guardUpstream->deleteLater();
                }
            };
            connect(client, &QTcpSocket::disconnected, this, closeBoth);
            connect(upstream, &QTcpSocket::disconnected, this, closeBoth);
        }
    }

    void forward(QTcpSocket* from, QTcpSocket* to, bool isReply)
    {
        const QByteArray data = from->readAll();
        switch (mode.load()) {
        case FaultProxy::Mode::Pass:
            to->write(data);
            break;
        case FaultProxy::Mode::Blackhole:
            break; // swallowed
        case FaultProxy::Mode::Delay: {
            const QPointer<QTcpSocket> target(to);
            QTimer::singleShot(delayMs.load(), this, [target, data] {
                if (target)
                    target->write(data);
            });
            break;
        }
        case FaultProxy::Mode::Reset:
            resetHard(isReply ? to : from);
            break;
        case FaultProxy::Mode::CloseMidReply:
            if (!isReply) {
                to->write(data);
                break;
            }
            to->write(data.left(std::max<qsizetype>(1, data.size() / 2)));
            to->flush();
            to->disconnectFromHost();
            break;
        case FaultProxy::Mode::Garbage:
            if (!isReply)
                from->write(FaultProxy::GarbageReply);
            break;
        case FaultProxy::Mode::CloseMidDump:
            if (!isReply) {
                if (data.contains("lru_crawler metadump"))
                    from->setProperty("dumping", true);
                to->write(data);
            } else if (const qsizetype first = data.indexOf("key=");
                       to->property("dumping").toBool() && first >= 0) {
                // Replies before the dump's first line pass; the dump is cut in its middle.
                const qsizetype end = data.indexOf("END\r\n", first);
                const qsizetype stop = end >= 0 ? end : data.size();
                to->write(data.left(first + (stop - first) / 2));
                to->flush();
                to->disconnectFromHost();
            } else {
                to->write(data);
            }
            break;
        case FaultProxy::Mode::BusyDump:
            if (!isReply && data.startsWith("lru_crawler metadump"))
                from->write("BUSY currently processing crawler request\r\n");
            else
                to->write(data);
            break;
        }
    }

    quint16 m_target;
    QTcpServer* m_server = nullptr;
};

FaultProxy::FaultProxy(quint16 targetPort)
    : m_worker(new FaultProxyWorker(targetPort))
{
    m_thread.setObjectName(u"FaultProxy"_s);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &FaultProxyWorker::listen, Qt::BlockingQueuedConnection,
                              &m_port);
}

FaultProxy::~FaultProxy()
{
    QMetaObject::invokeMethod(m_worker, &FaultProxyWorker::shutdown, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString FaultProxy::spec() const
{
    return u"127.0.0.1:%1"_s.arg(m_port);
}

void FaultProxy::setMode(Mode mode, int delayMs)
{
    m_worker->delayMs = delayMs;
    m_worker->mode = mode;
}

} // namespace lockboard::test
