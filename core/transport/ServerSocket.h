#pragma once

#include "core/common/Error.h"
#include "core/config/ServerSpec.h"

#include <QString>

#include <functional>

class QIODevice;
class QObject;

namespace lockboard {

// What an asynchronous connection to a server reports, whatever its transport.
struct ServerSocketHandlers
{
    std::function<void()> connected;
    std::function<void()> readyRead;
    std::function<void()> closed; // by the server
    // What became of the connection, and connectionFailureText's words for it.
    std::function<void(ErrorKind, const QString&)> failed;
};

// Returns a socket for server over TCP (QTcpSocket) or a unix socket
// (QLocalSocket), a child of context, and connects it on the next turn of
// context's event loop: the caller stores the socket before any handler can
// run (a QLocalSocket connects, or fails, inside connectToServer()). The
// handlers are called from context's thread. readBufferBytes bounds what Qt
// buffers.
[[nodiscard]] QIODevice* openServerSocket(const ServerSpec& server, QObject* context,
                                          qint64 readBufferBytes, ServerSocketHandlers handlers);

} // namespace lockboard
