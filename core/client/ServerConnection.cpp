#include "core/client/ServerConnection.h"

#include "core/client/MetaConnection.h"
#include "core/common/Quote.h"
#include "core/transport/ServerSocket.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocalSocket>
#include <QTcpSocket>

#include <cerrno>
#include <libmemcached/memcached.h>

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

// libmemcached's own words, without its pointer and source location:
// "(0x55d3) A TIMEOUT OCCURRED, time out,  host: h:1 -> ./src/io.cc:220".
QString libmemcachedDetail(memcached_st* handle)
{
    QString text = QString::fromUtf8(memcached_last_error_message(handle));
    if (text.startsWith(u'(')) {
        const qsizetype close = text.indexOf(u") "_s);
        if (close > 0)
            text = text.mid(close + 2);
    }
    for (const QString& tail : {u",  host:"_s, u",  socket:"_s}) {
        const qsizetype at = text.indexOf(tail);
        if (at >= 0)
            text.truncate(at);
    }
    return text.trimmed();
}

Outcome classify(memcached_return_t rc, memcached_st* handle)
{
    switch (rc) {
    case MEMCACHED_SUCCESS:
    case MEMCACHED_STORED:
    case MEMCACHED_DELETED:
        return Outcome::Ok; // replaced by the operation's own success
    case MEMCACHED_NOTSTORED:
        return Outcome::NotStored;
    case MEMCACHED_DATA_EXISTS:
        return Outcome::Exists;
    case MEMCACHED_NOTFOUND:
    case MEMCACHED_END:
        return Outcome::NotFound;
    case MEMCACHED_E2BIG:
        return Outcome::TooLarge;
    case MEMCACHED_SERVER_MEMORY_ALLOCATION_FAILURE:
        return Outcome::OutOfMemory;
    case MEMCACHED_HOST_LOOKUP_FAILURE:
        return Outcome::HostLookupFailed;
    case MEMCACHED_TIMEOUT:
        return Outcome::Timeout;
    case MEMCACHED_CONNECTION_FAILURE:
    case MEMCACHED_ERRNO:
        return memcached_last_error_errno(handle) == ECONNREFUSED ? Outcome::ConnectionRefused
                                                                  : Outcome::ConnectionFailed;
    case MEMCACHED_CONNECTION_SOCKET_CREATE_FAILURE:
    case MEMCACHED_WRITE_FAILURE:
    case MEMCACHED_READ_FAILURE:
    case MEMCACHED_SERVER_MARKED_DEAD:
    case MEMCACHED_SERVER_TEMPORARILY_DISABLED:
    case MEMCACHED_NO_SERVERS:
        return Outcome::ConnectionFailed;
    case MEMCACHED_UNKNOWN_READ_FAILURE:
    case MEMCACHED_PROTOCOL_ERROR:
        return Outcome::ProtocolError;
    case MEMCACHED_SERVER_ERROR:
        return Outcome::ServerError;
    case MEMCACHED_CLIENT_ERROR:
        return Outcome::ClientError;
    case MEMCACHED_BAD_KEY_PROVIDED:
        return Outcome::InvalidKey;
    default:
        return Outcome::OtherError;
    }
}

QString explain(const OpResult& result, const QString& detail, int ioTimeoutMs,
                int connectTimeoutMs)
{
    switch (result.outcome) {
    case Outcome::Stored:
    case Outcome::Found:
    case Outcome::Deleted:
    case Outcome::Touched:
    case Outcome::Ok:
        return outcomeName(result.outcome);
    case Outcome::NotStored:
        if (result.op == Op::Add)
            return ClientText::tr("not stored: the key already exists");
        if (result.op == Op::Replace)
            return ClientText::tr("not stored: the key does not exist");
        return ClientText::tr("not stored");
    case Outcome::Exists:
        return result.op == Op::Delete
                   ? ClientText::tr("not deleted: the item changed since its CAS was read")
                   : ClientText::tr("not stored: the item changed since its CAS was read");
    case Outcome::NotFound:
        return ClientText::tr("not found");
    case Outcome::TooLarge:
        return ClientText::tr(
            "too large: the server refuses items this big (its item size limit, memcached -I)");
    case Outcome::OutOfMemory:
        return ClientText::tr("out of memory: the server cannot make room for the item (eviction "
                              "is off, memcached -M)");
    case Outcome::ConnectionRefused:
    case Outcome::HostLookupFailed:
        return connectionFailureText(errorKindOf(result.outcome), detail);
    case Outcome::Timeout:
        return ClientText::tr("timeout: no answer within %1 ms (connect timeout %2 ms)")
            .arg(ioTimeoutMs)
            .arg(connectTimeoutMs);
    case Outcome::ConnectionFailed:
        return connectionFailureText(errorKindOf(result.outcome), detail);
    case Outcome::ProtocolError:
        return ClientText::tr("protocol error: the reply is not memcached protocol (%1)")
            .arg(detail);
    case Outcome::TlsFailed:
    case Outcome::AuthFailed:
        return detail;
    case Outcome::ServerError:
        return ClientText::tr("server error: %1").arg(detail);
    case Outcome::ClientError:
        return ClientText::tr("the server refused the request: %1").arg(detail);
    case Outcome::InvalidKey:
        return ClientText::tr("libmemcached refused the key %1").arg(quote(result.key));
    case Outcome::OtherError:
        return detail;
    }
    return detail;
}

Outcome successOf(Op op)
{
    switch (op) {
    case Op::Get:
    case Op::Gets:
        return Outcome::Found;
    case Op::Set:
    case Op::Add:
    case Op::Replace:
    case Op::Cas:
        return Outcome::Stored;
    case Op::Delete:
        return Outcome::Deleted;
    case Op::Touch:
        return Outcome::Touched;
    case Op::Increment:
    case Op::Decrement:
    case Op::Stats:
        return Outcome::Ok;
    }
    return Outcome::Ok;
}

memcached_return_t collectStat(const memcached_instance_st*, const char* key, size_t keyLength,
                               const char* value, size_t valueLength, void* context)
{
    auto* stats = static_cast<QList<QPair<QByteArray, QByteArray>>*>(context);
    stats->append(
        {QByteArray(key, qsizetype(keyLength)), QByteArray(value, qsizetype(valueLength))});
    return MEMCACHED_SUCCESS;
}

} // namespace

namespace {

QByteArray storeRequest(QByteArrayView key, QByteArrayView value, qint64 ttl, quint32 flags,
                        QByteArrayView more)
{
    QByteArray request;
    request.reserve(key.size() + value.size() + 64);
    request += "ms ";
    request += key;
    request += ' ' + QByteArray::number(value.size()) + " T" + QByteArray::number(ttl) + " F" +
               QByteArray::number(flags) + ' ';
    request += more;
    request += "\r\n";
    request += value;
    request += "\r\n";
    return request;
}

} // namespace

bool ServerConnection::isRefused() const
{
    if (m_spec.transport() == ServerSpec::Transport::Unix) {
        QLocalSocket socket;
        socket.connectToServer(m_spec.host());
        if (socket.waitForConnected(m_options.connectTimeoutMs))
            return false;
        return socket.error() == QLocalSocket::ConnectionRefusedError ||
               socket.error() == QLocalSocket::ServerNotFoundError;
    }
    QTcpSocket socket;
    socket.connectToHost(m_spec.host(), m_spec.port());
    if (socket.waitForConnected(m_options.connectTimeoutMs))
        return false;
    return socket.error() == QAbstractSocket::ConnectionRefusedError;
}

void ServerConnection::HandleDeleter::operator()(memcached_st* handle) const
{
    memcached_free(handle);
}

ServerConnection::ServerConnection(ServerSpec spec, ClientOptions options)
    : m_spec(std::move(spec))
    , m_options(options)
{}

ServerConnection::~ServerConnection() = default;

memcached_st* ServerConnection::handle()
{
    if (m_handle)
        return m_handle.get();
    m_handle.reset(memcached_create(nullptr));
    m_handleAnswered = false;
    memcached_st* h = m_handle.get();
    // One server, so no distribution; no auto-eject, no failover, no retries.
    memcached_behavior_set(h, MEMCACHED_BEHAVIOR_BINARY_PROTOCOL, 0);
    memcached_behavior_set(h, MEMCACHED_BEHAVIOR_AUTO_EJECT_HOSTS, 0);
    memcached_behavior_set(h, MEMCACHED_BEHAVIOR_REMOVE_FAILED_SERVERS, 0);
    memcached_behavior_set(h, MEMCACHED_BEHAVIOR_SUPPORT_CAS, 1);
    memcached_behavior_set(h, MEMCACHED_BEHAVIOR_TCP_NODELAY, 1);
    memcached_behavior_set(h, MEMCACHED_BEHAVIOR_CONNECT_TIMEOUT,
                           uint64_t(m_options.connectTimeoutMs));
    memcached_behavior_set(h, MEMCACHED_BEHAVIOR_POLL_TIMEOUT, uint64_t(m_options.ioTimeoutMs));
    memcached_behavior_set(h, MEMCACHED_BEHAVIOR_RCV_TIMEOUT,
                           uint64_t(m_options.ioTimeoutMs) * 1000);
    memcached_behavior_set(h, MEMCACHED_BEHAVIOR_SND_TIMEOUT,
                           uint64_t(m_options.ioTimeoutMs) * 1000);
    const QByteArray host = m_spec.host().toUtf8();
    if (m_spec.transport() == ServerSpec::Transport::Unix)
        memcached_server_add_unix_socket(h, host.constData());
    else
        memcached_server_add(h, host.constData(), m_spec.port());
    return h;
}

OpResult ServerConnection::finish(OpResult result, const QElapsedTimer& clock, int returnCode)
{
    memcached_st* h = m_handle.get();
    auto rc = static_cast<memcached_return_t>(returnCode);
    // A generic code ("some errors", "failure") over one server: its own error says more.
    if ((rc == MEMCACHED_SOME_ERRORS || rc == MEMCACHED_FAILURE) &&
        memcached_last_error(h) != MEMCACHED_SUCCESS)
        rc = memcached_last_error(h);
    const Outcome outcome = classify(rc, h);
    result.outcome = outcome == Outcome::Ok ? successOf(result.op) : outcome;
    result.elapsedUs = clock.nsecsElapsed() / 1000;
    if (result.outcome == Outcome::ConnectionFailed && isRefused()) {
        // libmemcached keeps the connect() errno on some code paths only (get
        // and touch lose it), and a connection that broke (EPIPE) says nothing
        // of whether the server is still there: ask the socket layer once, so
        // the operator reads "refused" whenever nothing listens any more.
        result.outcome = Outcome::ConnectionRefused;
    }
    QString detail = libmemcachedDetail(h);
    if (result.outcome == Outcome::ClientError && isAuthenticationRefusal(detail.toUtf8())) {
        // memcached -Y, and no user in the profile: the first command is
        // refused, or a set is read as credentials.
        result.outcome = Outcome::AuthFailed;
        detail = authenticationRequiredText();
    } else if (result.outcome == Outcome::ConnectionFailed && !m_handleAnswered &&
               memcached_last_error_errno(h) == ECONNRESET) {
        detail = closedWithoutAnswerText();
    }
    result.message = m_spec.name() + u": "_s +
                     explain(result, detail, m_options.ioTimeoutMs, m_options.connectTimeoutMs);
    if (isUnavailable(result.outcome) || result.outcome == Outcome::OtherError)
        m_handle.reset();
    else
        m_handleAnswered = true;
    return result;
}

template <typename Request>
OpResult ServerConnection::run(Op op, QByteArrayView key, Request&& request)
{
    OpResult result;
    result.op = op;
    result.key = key.toByteArray();
    QElapsedTimer clock;
    clock.start();
    const memcached_return_t rc = request(handle(), result);
    return finish(std::move(result), clock, rc);
}

OpResult ServerConnection::get(Op op, QByteArrayView key)
{
    if (m_options.security.secured())
        return meta(op, key, "mg " + key.toByteArray() + " v f c\r\n");
    return run(op, key, [key](memcached_st* h, OpResult& result) {
        const char* keys[] = {key.data()};
        const size_t lengths[] = {size_t(key.size())};
        memcached_return_t rc = memcached_mget(h, keys, lengths, 1);
        if (rc != MEMCACHED_SUCCESS)
            return rc;
        // libmemcached's fetch reports a broken or garbled reply as "not found";
        // the handle's last error (cleared by mget) tells the two apart.
        const auto failure = [h] {
            const memcached_return_t last = memcached_last_error(h);
            const bool clean =
                last == MEMCACHED_SUCCESS || last == MEMCACHED_NOTFOUND || last == MEMCACHED_END;
            return clean ? MEMCACHED_SUCCESS : last;
        };
        if (memcached_result_st* item = memcached_fetch_result(h, nullptr, &rc)) {
            result.value =
                QByteArray(memcached_result_value(item), qsizetype(memcached_result_length(item)));
            result.flags = memcached_result_flags(item);
            result.cas = memcached_result_cas(item);
            memcached_result_free(item);
            // Read up to END so the connection is ready for the next request.
            memcached_return_t end = MEMCACHED_SUCCESS;
            while (memcached_result_st* extra = memcached_fetch_result(h, nullptr, &end))
                memcached_result_free(extra);
            rc = failure();
        } else {
            rc = failure() == MEMCACHED_SUCCESS ? MEMCACHED_NOTFOUND : failure();
        }
        if (rc != MEMCACHED_SUCCESS) // never half an answer
            result.value.clear();
        return rc;
    });
}

OpResult ServerConnection::store(Op op, QByteArrayView key, QByteArrayView value, qint64 ttl,
                                 quint32 flags, quint64 cas)
{
    if (m_options.security.secured()) {
        const QByteArray mode = op == Op::Add       ? "ME"_ba
                                : op == Op::Replace ? "MR"_ba
                                : op == Op::Cas     ? "MS C"_ba + QByteArray::number(cas)
                                                    : "MS"_ba;
        return meta(op, key, storeRequest(key, value, ttl, flags, mode));
    }
    return run(op, key, [=](memcached_st* h, OpResult&) {
        const char* k = key.data();
        const auto kl = size_t(key.size());
        const char* v = value.data();
        const auto vl = size_t(value.size());
        const auto expiration = time_t(ttl);
        switch (op) {
        case Op::Set:
            return memcached_set(h, k, kl, v, vl, expiration, flags);
        case Op::Add:
            return memcached_add(h, k, kl, v, vl, expiration, flags);
        case Op::Replace:
            return memcached_replace(h, k, kl, v, vl, expiration, flags);
        case Op::Cas:
            return memcached_cas(h, k, kl, v, vl, expiration, flags, cas);
        default:
            Q_UNREACHABLE();
            return MEMCACHED_INVALID_ARGUMENTS;
        }
    });
}

OpResult ServerConnection::remove(QByteArrayView key)
{
    if (m_options.security.secured())
        return meta(Op::Delete, key, "md " + key.toByteArray() + "\r\n");
    return run(Op::Delete, key, [key](memcached_st* h, OpResult&) {
        return memcached_delete(h, key.data(), size_t(key.size()), 0);
    });
}

OpResult ServerConnection::arithmetic(Op op, QByteArrayView key, quint32 delta)
{
    if (m_options.security.secured()) {
        OpResult result = meta(op, key,
                               "ma " + key.toByteArray() + " v D" + QByteArray::number(delta) +
                                   (op == Op::Increment ? " MI\r\n" : " MD\r\n"));
        if (result.outcome == Outcome::Ok)
            result.number = result.value.toULongLong();
        result.value.clear();
        return result;
    }
    return run(op, key, [=](memcached_st* h, OpResult& result) {
        uint64_t value = 0;
        const memcached_return_t rc =
            op == Op::Increment
                ? memcached_increment(h, key.data(), size_t(key.size()), delta, &value)
                : memcached_decrement(h, key.data(), size_t(key.size()), delta, &value);
        result.number = value;
        return rc;
    });
}

OpResult ServerConnection::touch(QByteArrayView key, qint64 ttl)
{
    if (m_options.security.secured())
        return meta(Op::Touch, key,
                    "mg " + key.toByteArray() + " T" + QByteArray::number(ttl) + "\r\n");
    return run(Op::Touch, key, [=](memcached_st* h, OpResult&) {
        return memcached_touch(h, key.data(), size_t(key.size()), time_t(ttl));
    });
}

OpResult ServerConnection::stats(QByteArrayView args)
{
    if (m_options.security.secured()) {
        OpResult result;
        result.op = Op::Stats;
        QElapsedTimer clock;
        clock.start();
        const MetaConnection::Exchange exchange = metaConnection().stats(args, result.stats);
        result.elapsedUs = clock.nsecsElapsed() / 1000;
        result.outcome = exchange.failure; // Ok on success
        result.message =
            m_spec.name() + u": "_s +
            (exchange.failure == Outcome::Ok ? outcomeName(Outcome::Ok) : exchange.error);
        return result;
    }
    const QByteArray group = args.toByteArray();
    return run(Op::Stats, {}, [&group](memcached_st* h, OpResult& result) {
        return memcached_stat_execute(h, group.isEmpty() ? nullptr : group.constData(),
                                      &collectStat, &result.stats);
    });
}

MetaConnection& ServerConnection::metaConnection()
{
    if (!m_meta)
        m_meta = std::make_unique<MetaConnection>(m_spec, m_options);
    return *m_meta;
}

OpResult ServerConnection::meta(Op op, QByteArrayView key, const QByteArray& request)
{
    OpResult result;
    result.op = op;
    result.key = key.toByteArray();
    QElapsedTimer clock;
    clock.start();
    MetaConnection::Exchange exchange = metaConnection().exchange(request);
    result.elapsedUs = clock.nsecsElapsed() / 1000;

    QString detail;
    if (exchange.failure != Outcome::Ok) {
        result.outcome = exchange.failure;
        detail = exchange.error;
    } else {
        const MetaReply& reply = exchange.reply;
        using Code = MetaReply::Code;
        switch (reply.code) {
        case Code::HD:
        case Code::VA:
            result.outcome = successOf(op);
            break;
        case Code::NS:
            result.outcome = Outcome::NotStored;
            break;
        case Code::EX:
            result.outcome = Outcome::Exists;
            break;
        case Code::NF:
        case Code::EN:
            result.outcome = Outcome::NotFound;
            break;
        case Code::MN:
            result.outcome = Outcome::ProtocolError;
            detail = ClientText::tr("protocol error: an unexpected MN reply");
            break;
        case Code::Error:
            result.outcome = Outcome::ServerError;
            detail = ClientText::tr(
                "the server does not understand meta commands (memcached 1.6 or newer is needed)");
            break;
        case Code::ClientError:
            if (isAuthenticationRefusal(reply.errorText)) { // memcached -Y, and no user
                result.outcome = Outcome::AuthFailed;
                detail = authenticationRequiredText();
                break;
            }
            result.outcome = Outcome::ClientError;
            detail = ClientText::tr("the server refused the request: %1")
                         .arg(QString::fromUtf8(reply.errorText));
            break;
        case Code::ServerError:
            result.outcome = reply.errorText.contains("too large")       ? Outcome::TooLarge
                             : reply.errorText.contains("out of memory") ? Outcome::OutOfMemory
                                                                         : Outcome::ServerError;
            detail = ClientText::tr("server error: %1").arg(QString::fromUtf8(reply.errorText));
            break;
        }
        result.cas = reply.unsignedNumber('c').value_or(0);
        result.ttl = reply.number('t').value_or(ttl::Unknown);
        result.flags = quint32(reply.unsignedNumber('f').value_or(0));
        result.value = std::move(exchange.value);
    }
    if (detail.isEmpty() || result.outcome == Outcome::TooLarge ||
        result.outcome == Outcome::OutOfMemory)
        detail = explain(result, detail, m_options.ioTimeoutMs, m_options.connectTimeoutMs);
    result.message = m_spec.name() + u": "_s + detail;
    return result;
}

OpResult ServerConnection::metaAdd(QByteArrayView key, QByteArrayView value, qint64 ttl,
                                   quint32 flags)
{
    return meta(Op::Add, key, storeRequest(key, value, ttl, flags, "ME c"));
}

OpResult ServerConnection::metaCas(QByteArrayView key, QByteArrayView value, quint64 cas,
                                   qint64 ttl, quint32 flags)
{
    return meta(
        Op::Cas, key,
        storeRequest(key, value, ttl, flags, QByteArray("MS c C" + QByteArray::number(cas))));
}

OpResult ServerConnection::metaDelete(QByteArrayView key, quint64 cas)
{
    return meta(Op::Delete, key,
                "md " + key.toByteArray() + " C" + QByteArray::number(cas) + "\r\n");
}

OpResult ServerConnection::metaGet(QByteArrayView key)
{
    return meta(Op::Gets, key, "mg " + key.toByteArray() + " t c f v\r\n");
}

} // namespace lockboard
