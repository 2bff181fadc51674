#pragma once

#include "core/common/Error.h"
#include "core/config/ClientOptions.h"
#include "core/config/ServerSpec.h"
#include "core/protocol/MetaReply.h"
#include "core/protocol/MetadumpParser.h"
#include "core/transport/ServerSocket.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

class QIODevice;

namespace lockboard {

// An asynchronous connection to one server, on Qt Network: nothing here
// blocks. Requests queue up and complete, in order, through their callbacks
// (called from this object's thread, never inside the call that made the
// request). mg/md requests are pipelined; stats, metadump and batches go one
// at a time. The connection is opened on the first request; after any failure
// every queued request fails with the same error and the next one reconnects.
//
// The inspector runs its connections on a thread of their own, so a dump is
// drained as fast as the socket delivers it whatever the GUI thread is doing
// (memcached 1.6.18 holds an item lock while a dump waits on a full socket).
class AdminConnection : public QObject
{
    Q_OBJECT

public:
    struct Reply
    {
        // Set when the request failed: the server did not answer, or (a
        // metadump) refused; the message starts with the server's name.
        std::optional<Error> error;
        QByteArray stats;     // stats: the whole reply, END included
        MetaReply meta;       // mg, md
        QByteArray value;     // mg: the data block
        qint64 linesRead = 0; // metadump: lines of the dump read
        // From writing the request to reading the last byte of its reply, on
        // the connection's thread (the server's time plus the network's).
        qint64 elapsedUs = 0;

        [[nodiscard]] bool ok() const { return !error; }
    };
    using Callback = std::function<void(const Reply&)>;
    // One key of a batch that the server holds: its index in the batch.
    using Hit =
        std::function<void(qsizetype index, const MetaReply& meta, const QByteArray& value)>;

    AdminConnection(ServerSpec spec, ClientOptions options, QObject* parent = nullptr);
    ~AdminConnection() override;

    [[nodiscard]] const ServerSpec& spec() const { return m_spec; }
    // Microseconds the last connect took; -1 before the first.
    [[nodiscard]] qint64 connectUs() const { return m_connectUs; }
    // How many connections have been opened so far (a new one after each failure).
    [[nodiscard]] int connections() const { return m_connections; }
    // How the last connection got in (TLS, authentication).
    [[nodiscard]] const LinkState& link() const { return m_link; }
    // Every byte read from the server so far, on all connections.
    [[nodiscard]] qint64 bytesRead() const { return m_bytesRead; }

    void stats(const QByteArray& group, Callback done);
    // "lru_crawler metadump <what>", streamed through a parser with filter and
    // sink. what: "hash" (the whole keyspace) or slab class ids ("1,2,5").
    void metadump(const QByteArray& what, MetadumpParser::Filter filter, MetadumpParser::Sink sink,
                  Callback done);
    // "mg <key> <flags>", for example "t c f v s u" (u: no LRU bump, no fetch mark).
    void metaGet(const QByteArray& key, const QByteArray& flags, Callback done);
    // One pipelined batch: "mg <key> <flags> q O<index>" per key, then "mn".
    // Misses cost no bytes (q); hit is called for each key present, done at
    // the end ("MN") or on failure.
    void metaGetMany(QList<QByteArray> keys, const QByteArray& flags, Hit hit, Callback done);
    // "md <key> C<cas>": delete only if the CAS still matches.
    void metaDelete(const QByteArray& key, quint64 cas, Callback done);

private:
    enum class Kind
    {
        Stats,
        Metadump,
        Meta,
        Batch
    };
    struct Request
    {
        Kind kind;
        QByteArray bytes;
        Callback done;
        Hit hit;
        std::unique_ptr<MetadumpParser> parser;
        bool sent = false;
        bool changesData = false; // md: never sent twice
        QElapsedTimer clock;
    };

    void enqueue(std::unique_ptr<Request> request);
    void connectSocket();
    void dropSocket();
    void sendReady();
    void onConnected(const LinkState& link);
    void onReadyRead();
    void onDisconnected();
    void onSocketError(ErrorKind kind, const QString& what);
    void onTimeout();
    // Completes the head request from the unread bytes; false when more bytes are needed.
    bool completeHead();
    // Reads one meta reply (header and value) at the cursor; false when more bytes are needed.
    // A malformed reply fails the connection and also returns false.
    bool readMeta(MetaReply& meta, QByteArray& value);
    void finish(Reply reply);
    void failAll(ErrorKind kind, const QString& message);
    // Whether a connection-level failure now is a stale idle connection.
    [[nodiscard]] bool reconnectInstead();

    ServerSpec m_spec;
    ClientOptions m_options;
    QPointer<QIODevice> m_socket;
    bool m_connected = false;
    int m_connections = 0;
    QElapsedTimer m_connectClock;
    qint64 m_connectUs = -1;
    LinkState m_link;
    qint64 m_bytesRead = 0;
    std::deque<std::unique_ptr<Request>> m_queue;
    // Bytes read and not yet consumed start at m_cursor; the buffer is
    // compacted once per read, not once per reply.
    QByteArray m_buffer;
    qsizetype m_cursor = 0;
    QTimer m_timer;
    // A connection that has served requests may have been closed by the
    // server while idle (a restart); one failure of that kind is retried on a
    // fresh connection, when nothing of the reply has arrived and no request
    // in flight changes anything (md is never retried).
    int m_completedOnConnection = 0;
    bool m_heardSinceSend = false;
};

} // namespace lockboard
