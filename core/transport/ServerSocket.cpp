#include "core/transport/ServerSocket.h"

#include <QLocalSocket>
#include <QTcpSocket>

namespace lockboard {

QIODevice* openServerSocket(const ServerSpec& server, QObject* context, qint64 readBufferBytes,
                            ServerSocketHandlers handlers)
{
    if (server.transport() == ServerSpec::Transport::Unix) {
        auto* socket = new QLocalSocket(context);
        QObject::connect(socket, &QLocalSocket::connected, context, handlers.connected);
        QObject::connect(socket, &QLocalSocket::readyRead, context, handlers.readyRead);
        QObject::connect(socket, &QLocalSocket::disconnected, context, handlers.closed);
        QObject::connect(socket, &QLocalSocket::errorOccurred, context,
                         [socket, handlers](QLocalSocket::LocalSocketError error) {
                             if (error == QLocalSocket::PeerClosedError)
                                 return handlers.closed();
                             const bool refused = error == QLocalSocket::ConnectionRefusedError ||
                                                  error == QLocalSocket::ServerNotFoundError;
                             const ErrorKind kind = refused ? ErrorKind::ConnectionRefused
                                                            : ErrorKind::ConnectionFailed;
                             handlers.failed(kind,
                                             connectionFailureText(kind, socket->errorString()));
                         });
        socket->setReadBufferSize(readBufferBytes);
        QMetaObject::invokeMethod(
            socket, [socket, path = server.host()] { socket->connectToServer(path); },
            Qt::QueuedConnection);
        return socket;
    }
    auto* socket = new QTcpSocket(context);
    QObject::connect(socket, &QTcpSocket::connected, context, handlers.connected);
    QObject::connect(socket, &QTcpSocket::readyRead, context, handlers.readyRead);
    QObject::connect(socket, &QTcpSocket::disconnected, context, handlers.closed);
    QObject::connect(socket, &QTcpSocket::errorOccurred, context,
                     [socket, handlers](QAbstractSocket::SocketError error) {
                         ErrorKind kind = ErrorKind::ConnectionFailed;
                         switch (error) {
                         case QAbstractSocket::RemoteHostClosedError:
                             return handlers.closed();
                         case QAbstractSocket::ConnectionRefusedError:
                             kind = ErrorKind::ConnectionRefused;
                             break;
                         case QAbstractSocket::HostNotFoundError:
                             kind = ErrorKind::HostLookupFailed;
                             break;
                         default:
                             break;
                         }
                         handlers.failed(kind, connectionFailureText(kind, socket->errorString()));
                     });
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    socket->setReadBufferSize(readBufferBytes);
    QMetaObject::invokeMethod(
        socket,
        [socket, host = server.host(), port = server.port()] { socket->connectToHost(host, port); },
        Qt::QueuedConnection);
    return socket;
}

} // namespace lockboard
