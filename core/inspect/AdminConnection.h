#pragma once

#include "core/client/ClientOptions.h"
#include "core/client/Outcome.h"
#include "core/config/ServerSpec.h"
#include "core/protocol/MetaReply.h"
#include "core/protocol/MetadumpParser.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>

class QIODevice;

namespace lockboard {

// An asynchronous connection to one server for the inspector, on Qt Network:
// nothing here blocks, so it may live on the GUI thread. Requests queue up and
// complete, in order, through their callbacks (called from this object's
// thread). mg/md requests are pipelined; stats and metadump go one at a time.
// The connection is opened on the first request; after any failure every
// queued request fails with the same error and the next one reconnects.
class AdminConnection : public QObject
{
    Q_OBJECT

public:
    struct Reply
    {
        Outcome failure = Outcome::Ok; // Ok: the server answered (see the fields)
        QString error;                 // when failure is not Ok: "<server>: what happened"
        QByteArray stats;              // stats: the whole reply, END included
        MetaReply meta;                // mg, md
        QByteArray value;              // mg: the data block
        qint64 linesRead = 0;          // metadump: lines of the dump read
        qint64 elapsedUs = 0;

        [[nodiscard]] bool ok() const { return failure == Outcome::Ok; }
    };
    using Callback = std::function<void(const Reply&)>;

    AdminConnection(ServerSpec spec, ClientOptions options, QObject* parent = nullptr);
    ~AdminConnection() override;

    [[nodiscard]] const ServerSpec& spec() const { return m_spec; }
    // Microseconds the last connect took; -1 before the first.
    [[nodiscard]] qint64 connectUs() const { return m_connectUs; }

    void stats(const QByteArray& group, Callback done);
    // "lru_crawler metadump hash", streamed through a parser with filter and sink.
    void metadump(MetadumpParser::Filter filter, MetadumpParser::Sink sink, Callback done);
    // "mg <key> <flags>", for example "t c f v s u" (u: no LRU bump, no fetch mark).
    void metaGet(const QByteArray& key, const QByteArray& flags, Callback done);
    // "md <key> C<cas>": delete only if the CAS still matches.
    void metaDelete(const QByteArray& key, quint64 cas, Callback done);

private:
    enum class Kind
    {
        Stats,
        Metadump,
        Meta
    };
    struct Request
    {
        Kind kind;
        QByteArray bytes;
        Callback done;
        std::unique_ptr<MetadumpParser> parser;
        bool sent = false;
        QElapsedTimer clock;
    };

    void enqueue(std::unique_ptr<Request> request);
    void connectSocket();
    void sendReady();
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void onSocketError(Outcome outcome, const QString& what);
    void onTimeout();
    // Completes the head request; returns false when more bytes are needed.
    bool completeHead();
    void finish(Reply reply);
    void failAll(Outcome outcome, const QString& error);
    // Whether a connection-level failure now is a stale idle connection.
    [[nodiscard]] bool reconnectInstead();

    ServerSpec m_spec;
    ClientOptions m_options;
    QPointer<QIODevice> m_socket;
    bool m_connected = false;
    QElapsedTimer m_connectClock;
    qint64 m_connectUs = -1;
    std::deque<std::unique_ptr<Request>> m_queue;
    QByteArray m_buffer;
    QTimer m_timer;
    // A connection that has served requests may have been closed by the
    // server while idle (a restart); one failure of that kind is retried on a
    // fresh connection, when nothing of the reply has arrived and no request
    // in flight changes anything (md is never retried).
    int m_completedOnConnection = 0;
    bool m_heardSinceSend = false;
};

} // namespace lockboard
