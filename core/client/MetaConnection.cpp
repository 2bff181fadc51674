#include "core/client/MetaConnection.h"

#include "core/common/Quote.h"
#include "core/protocol/StatsReply.h"
#include "core/transport/ServerSocket.h"

#include <QCoreApplication>
#include <QSslSocket>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

// The words of this file, in the context "lockboard::client" for translators.
class ClientText
{
    Q_DECLARE_TR_FUNCTIONS(lockboard::client)
};

} // namespace

namespace {

constexpr qsizetype MaxLine = 64 * 1024;

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

MetaConnection::MetaConnection(ServerSpec spec, ClientOptions options)
    : m_spec(std::move(spec))
    , m_options(options)
{}

MetaConnection::~MetaConnection()
{
    closeSocket();
}

bool MetaConnection::isOpen() const
{
    return m_fd >= 0 || m_tls;
}

void MetaConnection::closeSocket()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    if (!m_tls)
        return;
    if (m_tls->thread() == QThread::currentThread()) {
        m_tls->abort();
        m_tls.reset();
    } else {
        // Used from another thread before (a Client goes to one thread at a
        // time): the socket belongs to that thread's event dispatcher.
        m_tls.release()->deleteLater();
    }
}

MetaConnection::Exchange MetaConnection::fail(Outcome outcome, const QString& error)
{
    closeSocket();
    m_buffer.clear();
    Exchange exchange;
    exchange.failure = outcome;
    exchange.error = error;
    return exchange;
}

MetaConnection::Exchange MetaConnection::tlsFailure(Outcome otherwise, const QString& words)
{
    if (m_alert < 0 && !isTlsError(m_tls->error()))
        return fail(otherwise, words);
    return fail(Outcome::TlsFailed, tlsFailureText(m_tls->sslHandshakeErrors(), m_alert,
                                                   m_tls->errorString(), m_options.security.tls));
}

MetaConnection::Exchange MetaConnection::connectTls()
{
    const auto configuration = tlsConfiguration(m_options.security.tls, m_spec);
    if (!configuration)
        return fail(Outcome::TlsFailed, configuration.error().message);
    m_tls = std::make_unique<QSslSocket>();
    m_alert = -1;
    QObject::connect(m_tls.get(), &QSslSocket::alertReceived,
                     [this](QSsl::AlertLevel level, QSsl::AlertType type, const QString&) {
                         if (level == QSsl::AlertLevel::Fatal)
                             m_alert = int(type);
                     });
    m_tls->setSslConfiguration(*configuration);
    m_tls->setPeerVerifyName(tlsVerifyName(m_options.security.tls, m_spec));
    m_tls->connectToHostEncrypted(m_spec.host(), m_spec.port());
    if (m_tls->waitForEncrypted(m_options.connectTimeoutMs)) {
        m_tls->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        return {};
    }
    switch (m_tls->error()) {
    case QAbstractSocket::ConnectionRefusedError:
        return fail(Outcome::ConnectionRefused,
                    connectionFailureText(ErrorKind::ConnectionRefused, {}));
    case QAbstractSocket::HostNotFoundError:
        return fail(Outcome::HostLookupFailed,
                    connectionFailureText(ErrorKind::HostLookupFailed, m_tls->errorString()));
    case QAbstractSocket::SocketTimeoutError:
        return fail(Outcome::Timeout,
                    ClientText::tr("timeout: no connection within %1 ms (connect timeout)")
                        .arg(m_options.connectTimeoutMs));
    default:
        return tlsFailure(Outcome::ConnectionFailed,
                          connectionFailureText(ErrorKind::ConnectionFailed, m_tls->errorString()));
    }
}

MetaConnection::Exchange MetaConnection::handshake()
{
    AuthHandshake handshake(m_options.security);
    QByteArray send = handshake.start();
    for (;;) {
        if (Exchange sent = sendAll(send); sent.failure != Outcome::Ok)
            return sent;
        qsizetype end = 0;
        if (Exchange read = readLine(end); read.failure != Outcome::Ok)
            return read;
        const QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 2);
        switch (handshake.feed(line)) {
        case AuthHandshake::Step::Send:
            send = handshake.bytes();
            continue;
        case AuthHandshake::Step::Done:
            return {};
        case AuthHandshake::Step::Failed:
            return fail(outcomeOf(handshake.errorKind()), handshake.error());
        }
    }
}

MetaConnection::Exchange MetaConnection::connectSocket()
{
    m_buffer.resize(0);
    if (m_options.security.tls.enabled) {
        if (Exchange connected = connectTls(); connected.failure != Outcome::Ok)
            return connected;
        return handshake();
    }
    const auto attempt = [this](const sockaddr* address, socklen_t length, int family) -> int {
        const int fd = ::socket(family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (fd < 0)
            return -errno;
        if (::connect(fd, address, length) == 0)
            return fd;
        if (errno != EINPROGRESS) {
            const int error = errno;
            ::close(fd);
            return -error;
        }
        pollfd descriptor{fd, POLLOUT, 0};
        int ready;
        do
            ready = ::poll(&descriptor, 1, m_options.connectTimeoutMs);
        while (ready < 0 && errno == EINTR);
        int error = ETIMEDOUT;
        if (ready > 0) {
            socklen_t size = sizeof error;
            ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &size);
        }
        if (error != 0) {
            ::close(fd);
            return -error;
        }
        return fd;
    };

    int result = -EHOSTUNREACH;
    if (m_spec.transport() == ServerSpec::Transport::Unix) {
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray path = m_spec.host().toLocal8Bit();
        if (path.size() >= qsizetype(sizeof address.sun_path))
            return fail(Outcome::ConnectionFailed, ClientText::tr("the socket path is too long"));
        std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
        result = attempt(reinterpret_cast<const sockaddr*>(&address), sizeof address, AF_UNIX);
    } else {
        addrinfo hints{};
        hints.ai_socktype = SOCK_STREAM;
        addrinfo* addresses = nullptr;
        const QByteArray host = m_spec.host().toUtf8();
        const QByteArray port = QByteArray::number(m_spec.port());
        const int lookup = ::getaddrinfo(host.constData(), port.constData(), &hints, &addresses);
        if (lookup != 0)
            return fail(Outcome::HostLookupFailed,
                        connectionFailureText(ErrorKind::HostLookupFailed,
                                              QString::fromLocal8Bit(::gai_strerror(lookup))));
        for (addrinfo* a = addresses; a && result < 0; a = a->ai_next)
            result = attempt(a->ai_addr, a->ai_addrlen, a->ai_family);
        ::freeaddrinfo(addresses);
    }
    if (result == -ECONNREFUSED || result == -ENOENT)
        return fail(Outcome::ConnectionRefused,
                    connectionFailureText(ErrorKind::ConnectionRefused, {}));
    if (result == -ETIMEDOUT)
        return fail(Outcome::Timeout,
                    ClientText::tr("timeout: no connection within %1 ms (connect timeout)")
                        .arg(m_options.connectTimeoutMs));
    if (result < 0)
        return fail(Outcome::ConnectionFailed,
                    connectionFailureText(ErrorKind::ConnectionFailed, errnoText(-result)));
    m_fd = result;
    m_answered = false;
    if (m_spec.transport() == ServerSpec::Transport::Tcp) {
        const int on = 1;
        ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    }
    // From here on the socket blocks, with the I/O timeout on every send and
    // recv: one system call per direction, where poll + recv would be two.
    ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) & ~O_NONBLOCK);
    const timeval timeout{m_options.ioTimeoutMs / 1000, (m_options.ioTimeoutMs % 1000) * 1000};
    ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    ::setsockopt(m_fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    return m_options.security.secured() ? handshake() : Exchange{};
}

MetaConnection::Exchange MetaConnection::fill()
{
    if (m_tls) {
        if (m_tls->bytesAvailable() == 0 && !m_tls->waitForReadyRead(m_options.ioTimeoutMs)) {
            if (m_tls->error() == QAbstractSocket::SocketTimeoutError && m_alert < 0)
                return fail(
                    Outcome::Timeout,
                    ClientText::tr("timeout: no answer within %1 ms (connect timeout %2 ms)")
                        .arg(m_options.ioTimeoutMs)
                        .arg(m_options.connectTimeoutMs));
            return tlsFailure(
                Outcome::ConnectionFailed,
                connectionFailureText(ErrorKind::ConnectionFailed,
                                      ClientText::tr("the server closed the connection")));
        }
        m_buffer += m_tls->readAll();
        return {};
    }
    // Receive straight into the buffer's spare room: no copy, and no
    // allocation once the buffer has grown to its working size.
    constexpr qsizetype Chunk = 16384;
    const qsizetype used = m_buffer.size();
    m_buffer.resize(used + Chunk);
    ssize_t got;
    do
        got = ::recv(m_fd, m_buffer.data() + used, size_t(Chunk), 0);
    while (got < 0 && errno == EINTR);
    m_buffer.resize(used + std::max<ssize_t>(got, 0));
    if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
        return fail(Outcome::Timeout,
                    ClientText::tr("timeout: no answer within %1 ms (connect timeout %2 ms)")
                        .arg(m_options.ioTimeoutMs)
                        .arg(m_options.connectTimeoutMs));
    if (got == 0)
        return fail(Outcome::ConnectionFailed,
                    connectionFailureText(ErrorKind::ConnectionFailed,
                                          ClientText::tr("the server closed the connection")));
    if (got < 0 && errno == ECONNRESET && !m_answered) // a TLS port resets plain text
        return fail(Outcome::ConnectionFailed,
                    connectionFailureText(ErrorKind::ConnectionFailed, closedWithoutAnswerText()));
    if (got < 0)
        return fail(Outcome::ConnectionFailed,
                    connectionFailureText(ErrorKind::ConnectionFailed, errnoText(errno)));
    m_answered = true;
    return {};
}

MetaConnection::Exchange MetaConnection::readLine(qsizetype& end)
{
    for (;;) {
        end = m_buffer.indexOf("\r\n");
        if (end >= 0)
            return {};
        if (m_buffer.size() > MaxLine)
            return fail(Outcome::ProtocolError,
                        ClientText::tr("protocol error: the reply is not memcached protocol (%1)")
                            .arg(quote(m_buffer.left(60))));
        if (Exchange filled = fill(); filled.failure != Outcome::Ok)
            return filled;
    }
}

MetaConnection::Exchange MetaConnection::readExactly(qsizetype bytes, QByteArray& into)
{
    while (m_buffer.size() < bytes)
        if (Exchange filled = fill(); filled.failure != Outcome::Ok)
            return filled;
    into = m_buffer.left(bytes);
    m_buffer.remove(0, bytes);
    return {};
}

MetaConnection::Exchange MetaConnection::sendAll(const QByteArray& bytes)
{
    if (m_tls) {
        m_tls->write(bytes);
        while (m_tls->bytesToWrite() > 0)
            if (!m_tls->waitForBytesWritten(m_options.ioTimeoutMs)) {
                if (m_tls->error() == QAbstractSocket::SocketTimeoutError)
                    return fail(Outcome::Timeout,
                                ClientText::tr("timeout: could not send within %1 ms")
                                    .arg(m_options.ioTimeoutMs));
                return tlsFailure(
                    Outcome::ConnectionFailed,
                    connectionFailureText(ErrorKind::ConnectionFailed, m_tls->errorString()));
            }
        return {};
    }
    for (qsizetype sent = 0; sent < bytes.size();) {
        const ssize_t wrote =
            ::send(m_fd, bytes.constData() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
        if (wrote > 0) {
            sent += wrote;
            continue;
        }
        if (wrote < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return fail(
                Outcome::Timeout,
                ClientText::tr("timeout: could not send within %1 ms").arg(m_options.ioTimeoutMs));
        if (wrote < 0 && errno == EINTR)
            continue;
        return fail(Outcome::ConnectionFailed,
                    connectionFailureText(ErrorKind::ConnectionFailed, errnoText(errno)));
    }
    return {};
}

MetaConnection::Exchange MetaConnection::send(const QByteArray& request)
{
    if (m_tls && m_tls->thread() != QThread::currentThread())
        closeSocket(); // made on another thread: connect afresh on this one
    if (!isOpen())
        if (Exchange connected = connectSocket(); connected.failure != Outcome::Ok)
            return connected;
    m_buffer.resize(0); // keeps the capacity
    return sendAll(request);
}

MetaConnection::Exchange MetaConnection::exchange(const QByteArray& request)
{
    if (Exchange sent = send(request); sent.failure != Outcome::Ok)
        return sent;

    qsizetype lineEnd = 0;
    if (Exchange read = readLine(lineEnd); read.failure != Outcome::Ok)
        return read;
    auto reply = MetaReply::parse(QByteArrayView(m_buffer).first(lineEnd));
    m_buffer.remove(0, lineEnd + 2);
    if (!reply)
        return fail(Outcome::ProtocolError,
                    ClientText::tr("protocol error: the reply is not memcached protocol (%1)")
                        .arg(reply.error().message));
    Exchange done;
    done.reply = std::move(reply).value();
    if (done.reply.code == MetaReply::Code::VA) {
        QByteArray block;
        if (Exchange read = readExactly(done.reply.valueSize + 2, block);
            read.failure != Outcome::Ok)
            return read;
        if (!block.endsWith("\r\n"))
            return fail(Outcome::ProtocolError,
                        ClientText::tr("protocol error: the value block does not end with \\r\\n"));
        block.chop(2);
        done.value = std::move(block);
    }
    if (done.reply.code == MetaReply::Code::Error) {
        // "ERROR": the server did not know the command, and may answer the
        // data block as another one. Start the next request on a fresh socket.
        closeSocket();
        m_buffer.clear();
        return done;
    }
    if (!m_buffer.isEmpty()) // a reply to nothing: the stream is out of step
        return fail(Outcome::ProtocolError,
                    ClientText::tr("protocol error: unexpected bytes after the reply (%1)")
                        .arg(quote(m_buffer.left(60))));
    return done;
}

MetaConnection::Exchange MetaConnection::stats(QByteArrayView args,
                                               QList<QPair<QByteArray, QByteArray>>& into)
{
    const QByteArray request =
        args.isEmpty() ? "stats\r\n"_ba : "stats " + args.toByteArray() + "\r\n";
    if (Exchange sent = send(request); sent.failure != Outcome::Ok)
        return sent;
    qsizetype length = -1;
    while ((length = StatsReply::replyLength(m_buffer)) < 0)
        if (Exchange filled = fill(); filled.failure != Outcome::Ok)
            return filled;
    auto reply = StatsReply::parse(QByteArrayView(m_buffer).first(length));
    m_buffer.remove(0, length);
    if (!reply) {
        Exchange refused;
        refused.failure = reply.error().kind == ErrorKind::ProtocolError ? Outcome::ProtocolError
                                                                         : Outcome::ClientError;
        refused.error = reply.error().message;
        if (refused.failure == Outcome::ProtocolError)
            return fail(refused.failure, refused.error);
        return refused;
    }
    into = reply->values();
    return {};
}

} // namespace lockboard
