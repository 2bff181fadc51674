#include "core/transport/AdminConnection.h"

#include "core/common/Quote.h"
#include "core/protocol/StatsReply.h"
#include "core/transport/ServerSocket.h"

#include <QCoreApplication>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

// The words of this file, in the context "lockboard::transport" for translators.
class TransportText
{
    Q_DECLARE_TR_FUNCTIONS(lockboard::transport)
};

} // namespace

namespace {

constexpr qint64 ReadBufferBytes = 2 * 1024 * 1024;

} // namespace

AdminConnection::AdminConnection(ServerSpec spec, ClientOptions options, QObject* parent)
    : QObject(parent)
    , m_spec(std::move(spec))
    , m_options(options)
    , m_timer(this) // a child, so that it moves to another thread with this
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AdminConnection::onTimeout);
}

AdminConnection::~AdminConnection()
{
    // Callbacks may touch objects that are going away too: drop them unanswered.
    m_queue.clear();
    if (m_socket)
        m_socket->disconnect(this);
}

void AdminConnection::stats(const QByteArray& group, Callback done)
{
    auto request = std::make_unique<Request>();
    request->kind = Kind::Stats;
    request->bytes = group.isEmpty() ? QByteArray("stats\r\n") : "stats " + group + "\r\n";
    request->done = std::move(done);
    enqueue(std::move(request));
}

void AdminConnection::metadump(const QByteArray& what, MetadumpParser::Filter filter,
                               MetadumpParser::Sink sink, Callback done)
{
    auto request = std::make_unique<Request>();
    request->kind = Kind::Metadump;
    request->bytes = "lru_crawler metadump " + what + "\r\n";
    request->parser = std::make_unique<MetadumpParser>(std::move(filter), std::move(sink));
    request->done = std::move(done);
    enqueue(std::move(request));
}

void AdminConnection::metaGet(const QByteArray& key, const QByteArray& flags, Callback done)
{
    auto request = std::make_unique<Request>();
    request->kind = Kind::Meta;
    request->bytes = "mg " + key + ' ' + flags + "\r\n";
    request->done = std::move(done);
    enqueue(std::move(request));
}

void AdminConnection::metaGetMany(QList<QByteArray> keys, const QByteArray& flags, Hit hit,
                                  Callback done)
{
    auto request = std::make_unique<Request>();
    request->kind = Kind::Batch;
    qsizetype size = 4;
    for (const QByteArray& key : keys)
        size += key.size() + flags.size() + 20;
    request->bytes.reserve(size);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        request->bytes += "mg ";
        request->bytes += keys[i];
        request->bytes += ' ';
        request->bytes += flags;
        request->bytes += " q O";
        request->bytes += QByteArray::number(i);
        request->bytes += "\r\n";
    }
    request->bytes += "mn\r\n";
    request->hit = std::move(hit);
    request->done = std::move(done);
    enqueue(std::move(request));
}

void AdminConnection::metaDelete(const QByteArray& key, quint64 cas, Callback done)
{
    auto request = std::make_unique<Request>();
    request->kind = Kind::Meta;
    request->bytes = "md " + key + " C" + QByteArray::number(cas) + "\r\n";
    request->changesData = true;
    request->done = std::move(done);
    enqueue(std::move(request));
}

void AdminConnection::enqueue(std::unique_ptr<Request> request)
{
    m_queue.push_back(std::move(request));
    if (!m_socket)
        connectSocket();
    else if (m_connected)
        sendReady();
}

void AdminConnection::connectSocket()
{
    m_connected = false;
    m_buffer.clear();
    m_cursor = 0;
    m_connectClock.start();
    // Bounded read buffer (2 MB: less slowed a walk of three 1M-key servers by up to 30%):
    // a dump of millions of keys streams through, it never piles up.
    // The socket connects on the next turn of the event loop, after it is stored here.
    m_socket = openServerSocket(m_spec, m_options.security, this, ReadBufferBytes,
                                {[this](const LinkState& link) { onConnected(link); },
                                 [this] { onReadyRead(); }, [this] { onDisconnected(); },
                                 [this](ErrorKind kind, const QString& what) {
                                     onSocketError(kind, what);
                                 }});
    m_timer.start(m_options.connectTimeoutMs);
}

void AdminConnection::dropSocket()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_connected = false;
    m_buffer.clear();
    m_cursor = 0;
}

void AdminConnection::onConnected(const LinkState& link)
{
    m_connected = true;
    m_link = link;
    ++m_connections;
    m_completedOnConnection = 0;
    m_connectUs = m_connectClock.nsecsElapsed() / 1000;
    m_timer.stop();
    sendReady();
}

void AdminConnection::sendReady()
{
    // Stats, metadump and batches only at the head; consecutive mg/md all at once.
    for (auto& request : m_queue) {
        if (request->sent) {
            if (request->kind != Kind::Meta)
                break;
            continue;
        }
        if (request->kind != Kind::Meta && request.get() != m_queue.front().get())
            break;
        request->sent = true;
        request->clock.start();
        m_heardSinceSend = false;
        m_socket->write(request->bytes);
        if (request->kind != Kind::Meta)
            break;
    }
    if (!m_queue.empty() && m_queue.front()->sent)
        m_timer.start(m_options.ioTimeoutMs);
}

void AdminConnection::onReadyRead()
{
    if (!m_socket)
        return;
    const QByteArray bytes = m_socket->readAll();
    m_bytesRead += bytes.size();
    m_buffer += bytes;
    m_heardSinceSend = true;
    if (!m_queue.empty())
        m_timer.start(
            m_options.ioTimeoutMs); // the server is talking: an idle timeout, not a total one
    while (!m_queue.empty() && m_queue.front()->sent && completeHead()) {
    }
    if (!m_socket)
        return; // failed while reading
    if (m_queue.empty() && m_cursor < m_buffer.size()) {
        failAll(ErrorKind::ProtocolError,
                TransportText::tr("%1: protocol error: the server sent bytes nobody asked for (%2)")
                    .arg(m_spec.name(), quote(QByteArrayView(m_buffer).sliced(m_cursor).first(
                                            std::min<qsizetype>(60, m_buffer.size() - m_cursor)))));
        return;
    }
    // Compact once per read.
    m_buffer.remove(0, m_cursor);
    m_cursor = 0;
}

bool AdminConnection::readMeta(MetaReply& meta, QByteArray& value)
{
    const qsizetype end = m_buffer.indexOf("\r\n", m_cursor);
    if (end < 0)
        return false;
    auto parsed = MetaReply::parse(QByteArrayView(m_buffer).sliced(m_cursor, end - m_cursor));
    if (!parsed) {
        failAll(
            ErrorKind::ProtocolError,
            TransportText::tr("%1: protocol error: %2").arg(m_spec.name(), parsed.error().message));
        return false;
    }
    qsizetype next = end + 2;
    if (parsed->code == MetaReply::Code::VA) {
        const qsizetype need = next + parsed->valueSize + 2;
        if (m_buffer.size() < need)
            return false;
        if (QByteArrayView(m_buffer).sliced(need - 2, 2) != "\r\n") {
            failAll(ErrorKind::ProtocolError,
                    TransportText::tr("%1: protocol error: a value block without \\r\\n")
                        .arg(m_spec.name()));
            return false;
        }
        value = m_buffer.mid(next, parsed->valueSize);
        next = need;
    } else {
        value.clear();
    }
    meta = std::move(parsed).value();
    m_cursor = next;
    return true;
}

bool AdminConnection::completeHead()
{
    if (isUnauthenticatedAnswer(QByteArrayView(m_buffer).sliced(m_cursor))) {
        failAll(ErrorKind::AuthFailed, m_spec.name() + u": "_s + authenticationRequiredText());
        return false;
    }
    Request& head = *m_queue.front();
    Reply reply;
    switch (head.kind) {
    case Kind::Stats: {
        const qsizetype length = StatsReply::replyLength(QByteArrayView(m_buffer).sliced(m_cursor));
        if (length < 0)
            return false;
        reply.stats = m_buffer.mid(m_cursor, length);
        m_cursor += length;
        break;
    }
    case Kind::Metadump: {
        const MetadumpParser::State state =
            head.parser->feed(QByteArrayView(m_buffer).sliced(m_cursor));
        m_cursor = m_buffer.size();
        reply.linesRead = head.parser->linesRead();
        if (state == MetadumpParser::State::Reading)
            return false;
        if (state == MetadumpParser::State::Failed) {
            reply.error = Error{head.parser->errorKind(),
                                m_spec.name() + u": "_s + head.parser->error(), m_spec.name()};
            if (!head.parser->connectionUsable()) {
                // The failure goes to this request with its kind; the rest fail with it.
                std::unique_ptr<Request> failed = std::move(m_queue.front());
                m_queue.pop_front();
                failAll(reply.error->kind, reply.error->message);
                if (failed->done)
                    failed->done(reply);
                return false;
            }
        }
        break;
    }
    case Kind::Meta: {
        if (!readMeta(reply.meta, reply.value))
            return false;
        break;
    }
    case Kind::Batch: {
        MetaReply meta;
        QByteArray value;
        while (readMeta(meta, value)) {
            if (meta.code == MetaReply::Code::MN) {
                reply.meta = std::move(meta);
                finish(std::move(reply));
                return true;
            }
            const auto index = meta.number('O');
            if (!index || (meta.code != MetaReply::Code::VA && meta.code != MetaReply::Code::HD)) {
                failAll(
                    ErrorKind::ProtocolError,
                    TransportText::tr("%1: protocol error: unexpected answer in a batch of mg: %2")
                        .arg(m_spec.name(), quote(meta.line)));
                return false;
            }
            if (head.hit)
                head.hit(*index, meta, value);
        }
        return false;
    }
    }
    finish(std::move(reply));
    return true;
}

void AdminConnection::finish(Reply reply)
{
    std::unique_ptr<Request> head = std::move(m_queue.front());
    m_queue.pop_front();
    ++m_completedOnConnection;
    reply.elapsedUs = head->clock.isValid() ? head->clock.nsecsElapsed() / 1000 : 0;
    if (m_queue.empty())
        m_timer.stop();
    else
        sendReady();
    if (head->done)
        head->done(reply);
}

void AdminConnection::failAll(ErrorKind kind, const QString& message)
{
    m_timer.stop();
    dropSocket();
    std::deque<std::unique_ptr<Request>> failed;
    failed.swap(m_queue);
    Reply reply;
    reply.error = Error{kind, message, m_spec.name()};
    for (auto& request : failed)
        if (request->done)
            request->done(reply);
}

bool AdminConnection::reconnectInstead()
{
    if (m_completedOnConnection == 0 || m_heardSinceSend || m_queue.empty())
        return false;
    for (const auto& request : m_queue)
        if (request->changesData)
            return false;
    dropSocket();
    for (auto& request : m_queue)
        request->sent = false;
    connectSocket();
    return true;
}

void AdminConnection::onSocketError(ErrorKind kind, const QString& what)
{
    if (kind == ErrorKind::ConnectionFailed && reconnectInstead())
        return;
    failAll(kind, m_spec.name() + u": "_s + what);
}

void AdminConnection::onDisconnected()
{
    if (m_queue.empty()) {
        failAll(ErrorKind::ConnectionFailed,
                QString()); // nothing to tell anyone; reconnect next time
        return;
    }
    if (reconnectInstead())
        return;
    Request& head = *m_queue.front();
    if (head.kind == Kind::Metadump && head.sent) {
        head.parser->feed(QByteArrayView(m_buffer).sliced(m_cursor));
        m_cursor = m_buffer.size();
        if (head.parser->finish() == MetadumpParser::State::Done) {
            finish(Reply{});
            if (m_queue.empty())
                return failAll(ErrorKind::ConnectionFailed, QString());
        } else {
            return failAll(ErrorKind::ConnectionFailed,
                           m_spec.name() + u": "_s + head.parser->error());
        }
    }
    // A TLS port drops a plain client at its first request, without a word.
    const bool silent =
        m_completedOnConnection == 0 && !m_heardSinceSend && !m_options.security.tls.enabled;
    failAll(ErrorKind::ConnectionFailed,
            m_spec.name() + u": "_s +
                connectionFailureText(ErrorKind::ConnectionFailed,
                                      silent
                                          ? closedWithoutAnswerText()
                                          : TransportText::tr("the server closed the connection")));
}

void AdminConnection::onTimeout()
{
    if (!m_connected)
        failAll(ErrorKind::Timeout,
                TransportText::tr("%1: timeout: no connection within %2 ms")
                    .arg(m_spec.name(), QString::number(m_options.connectTimeoutMs)));
    else
        failAll(ErrorKind::Timeout,
                TransportText::tr("%1: timeout: no answer within %2 ms")
                    .arg(m_spec.name(), QString::number(m_options.ioTimeoutMs)));
}

} // namespace lockboard
