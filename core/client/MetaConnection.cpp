#include "core/client/MetaConnection.h"

#include "core/common/Quote.h"

#include <QCoreApplication>

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
    if (m_fd >= 0)
        ::close(m_fd);
}

MetaConnection::Exchange MetaConnection::fail(Outcome outcome, const QString& error)
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_buffer.clear();
    Exchange exchange;
    exchange.failure = outcome;
    exchange.error = error;
    return exchange;
}

MetaConnection::Exchange MetaConnection::connectSocket()
{
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
    return {};
}

MetaConnection::Exchange MetaConnection::fill()
{
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
    if (got < 0)
        return fail(Outcome::ConnectionFailed,
                    connectionFailureText(ErrorKind::ConnectionFailed, errnoText(errno)));
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

MetaConnection::Exchange MetaConnection::exchange(const QByteArray& request)
{
    if (m_fd < 0)
        if (Exchange connected = connectSocket(); connected.failure != Outcome::Ok)
            return connected;
    m_buffer.resize(0); // keeps the capacity

    for (qsizetype sent = 0; sent < request.size();) {
        const ssize_t wrote =
            ::send(m_fd, request.constData() + sent, size_t(request.size() - sent), MSG_NOSIGNAL);
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
        ::close(m_fd);
        m_fd = -1;
        m_buffer.clear();
        return done;
    }
    if (!m_buffer.isEmpty()) // a reply to nothing: the stream is out of step
        return fail(Outcome::ProtocolError,
                    ClientText::tr("protocol error: unexpected bytes after the reply (%1)")
                        .arg(quote(m_buffer.left(60))));
    return done;
}

} // namespace lockboard
