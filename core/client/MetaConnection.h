#pragma once

#include "core/client/Outcome.h"
#include "core/config/ClientOptions.h"
#include "core/config/ServerSpec.h"
#include "core/protocol/MetaReply.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

class QSslSocket;

namespace lockboard {

// A blocking socket to one server for meta-protocol requests (ms, md, mg),
// which libmemcached 1.1 does not speak: the lock needs "add and tell me the
// CAS" and "delete only if the CAS matches" in one round trip each. For a
// profile with TLS or authentication it carries every operation (libmemcached
// 1.1 has no TLS, and reconnects without authenticating): TLS through
// QSslSocket's blocking calls, and each new connection's way in through the
// same AuthHandshake as the inspector's.
// Connects on first use, with the connect timeout (TLS and authentication
// included); every send and recv waits at most the I/O timeout (SO_SNDTIMEO,
// SO_RCVTIMEO). After any failure the socket is closed, so the next request
// connects afresh. Not thread-safe.
class MetaConnection
{
public:
    // One request and its reply. failure is Outcome::Ok when a reply was read.
    struct Exchange
    {
        Outcome failure = Outcome::Ok;
        QString error; // what went wrong, when failure is not Ok
        MetaReply reply;
        QByteArray value; // the data block of a VA reply
    };

    MetaConnection(ServerSpec spec, ClientOptions options);
    ~MetaConnection();
    MetaConnection(const MetaConnection&) = delete;
    MetaConnection& operator=(const MetaConnection&) = delete;

    // request is one complete command, "\r\n" and data block included.
    [[nodiscard]] Exchange exchange(const QByteArray& request);
    // "stats" or "stats <args>": the STAT lines as name and value.
    [[nodiscard]] Exchange stats(QByteArrayView args, QList<QPair<QByteArray, QByteArray>>& into);

private:
    [[nodiscard]] Exchange connectSocket();
    [[nodiscard]] Exchange connectTls();
    [[nodiscard]] Exchange handshake();
    // Connects when needed (on this thread), then sends request.
    [[nodiscard]] Exchange send(const QByteArray& request);
    [[nodiscard]] Exchange sendAll(const QByteArray& bytes);
    [[nodiscard]] Exchange tlsFailure(Outcome otherwise, const QString& words);
    [[nodiscard]] bool isOpen() const;
    void closeSocket();
    [[nodiscard]] Exchange fail(Outcome outcome, const QString& error);
    // Reads until the buffer holds a whole line; end is where its "\r\n" starts.
    [[nodiscard]] Exchange readLine(qsizetype& end);
    [[nodiscard]] Exchange readExactly(qsizetype bytes, QByteArray& into);
    [[nodiscard]] Exchange fill();

    ServerSpec m_spec;
    ClientOptions m_options;
    int m_fd = -1;
    std::unique_ptr<QSslSocket> m_tls; // instead of m_fd, with TLS
    int m_alert = -1;                  // the fatal TLS alert the server sent, if any
    bool m_answered = false;           // the server has sent something on this connection
    QByteArray m_buffer;               // bytes read but not yet consumed
};

} // namespace lockboard
