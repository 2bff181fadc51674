#pragma once

#include "core/common/Error.h"
#include "core/common/Result.h"
#include "core/config/Security.h"
#include "core/config/ServerSpec.h"

#include <QAbstractSocket>
#include <QSslConfiguration>
#include <QString>

#include <functional>

class QIODevice;
class QObject;

namespace lockboard {

// How a connection got in, once it is ready for requests.
struct LinkState
{
    bool encrypted = false;     // TLS
    bool verified = false;      // the server's certificate was checked
    bool authenticated = false; // memcached -Y accepted our user
};

// What an asynchronous connection to a server reports, whatever its transport.
struct ServerSocketHandlers
{
    std::function<void(const LinkState&)> connected; // ready for requests
    std::function<void()> readyRead;
    std::function<void()> closed; // by the server
    // What became of the connection, and the words for it (without the
    // server's name, which callers put first).
    std::function<void(ErrorKind, const QString&)> failed;
};

// Returns a socket for server over TCP (QTcpSocket, or QSslSocket with TLS)
// or a unix socket (QLocalSocket), a child of context, and connects it on the
// next turn of context's event loop: the caller stores the socket before any
// handler can run (a QLocalSocket connects, or fails, inside
// connectToServer()). The handlers are called from context's thread.
// readBufferBytes bounds what Qt buffers.
//
// With security set, the socket is "connected" only once it can serve
// requests: after the TLS handshake, then "version" alone on the wire (a
// server started with -Y answers "CLIENT_ERROR unauthenticated"), then, only
// if the server asked for it, the auth "set" alone, answered STORED. Nothing
// is ever pipelined before that answer (memcached loses the replies), and the
// credentials are never sent to a server that did not ask for them (it would
// store them as an item). A certificate or a password that is refused fails
// with TlsFailed or AuthFailed and says which and why.
[[nodiscard]] QIODevice* openServerSocket(const ServerSpec& server,
                                          const ConnectionSecurity& security, QObject* context,
                                          qint64 readBufferBytes, ServerSocketHandlers handlers);

// memcached -Y's answer to anything before authentication, and what it means
// to an operator ("the server requires authentication (memcached -Y): ...").
[[nodiscard]] bool isUnauthenticatedAnswer(QByteArrayView line);
[[nodiscard]] QString authenticationRequiredText();
// A plain connection that the server dropped at its first request: what a
// TLS port does.
[[nodiscard]] QString closedWithoutAnswerText();

// The TLS configuration of settings for server: the CAs to trust, our
// certificate and key, the verify mode. A TlsFailed error ("TLS: ...") says
// what cannot work: TLS to a unix socket, a file that cannot be used (a saved
// profile is not checked when it is read, so this is checked at every connect).
[[nodiscard]] Result<QSslConfiguration> tlsConfiguration(const TlsSettings& settings,
                                                         const ServerSpec& server);
// The name the server's certificate must carry.
[[nodiscard]] QString tlsVerifyName(const TlsSettings& settings, const ServerSpec& server);
// The socket error is TLS's (handshake, or an alert at a read).
[[nodiscard]] bool isTlsError(QAbstractSocket::SocketError error);
// The words after "CLIENT_ERROR " that memcached -Y answers to a connection
// that did not authenticate: to anything, or to a set read as credentials.
[[nodiscard]] bool isAuthenticationRefusal(QByteArrayView clientErrorText);

// The words for a handshake's outcome, shared with the blocking client:
// the server's certificate errors, or the alert the server sent (it wants a
// client certificate, it does not trust ours), or the socket's own words.
[[nodiscard]] QString tlsFailureText(const QList<QSslError>& errors, int alert,
                                     const QString& socketError, const TlsSettings& settings);

// The first step of a secured connection: the bytes to send, and what the
// server's answer means. Shared by the asynchronous transport and the blocking
// client, so both get in the same way.
class AuthHandshake
{
public:
    explicit AuthHandshake(ConnectionSecurity security);

    enum class Step
    {
        Send,   // write bytes(), then feed the server's next line
        Done,   // in: the connection serves requests
        Failed, // error() says why
    };
    // What to write first ("version\r\n").
    [[nodiscard]] QByteArray start() const;
    // Feeds one line of the server's answer (without "\r\n").
    Step feed(QByteArrayView line);
    [[nodiscard]] QByteArray bytes() const { return m_send; }
    [[nodiscard]] ErrorKind errorKind() const { return m_errorKind; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] bool authenticated() const { return m_authenticated; }

private:
    ConnectionSecurity m_security;
    bool m_sentCredentials = false;
    bool m_authenticated = false;
    QByteArray m_send;
    ErrorKind m_errorKind = ErrorKind::AuthFailed;
    QString m_error;
};

} // namespace lockboard
