#include "core/activity/ActivityMonitor.h"

#include "core/inspect/AdminConnection.h"
#include "core/inspect/ServerSocket.h"
#include "core/protocol/StatsReply.h"

#include <QDateTime>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

constexpr int ReconnectMs = 1000;
constexpr int DefaultPollMs = 100; // only held lock keys are checked: a few mg per poll
constexpr qint64 StreamBufferBytes = 1024 * 1024;

double localNow()
{
    return double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

// "stats conns": "STAT 25:addr tcp:127.0.0.1:54402" -> client fd 25 -> "127.0.0.1:54402".
QHash<int, QByteArray> parseConnections(const QByteArray& reply)
{
    QHash<int, QByteArray> addresses;
    const auto stats = StatsReply::parse(reply);
    if (!stats)
        return addresses;
    for (const auto& [name, value] : stats->values()) {
        if (!name.endsWith(":addr"))
            continue;
        bool ok = false;
        const int fd = name.chopped(5).toInt(&ok);
        if (ok)
            addresses.insert(fd, value.mid(value.indexOf(':') + 1)); // without "tcp:" or "unix:"
    }
    return addresses;
}

} // namespace

ActivityMonitor::ActivityMonitor(Profile profile, ClientOptions options, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_options(options)
    , m_activity(m_profile.keys)
{
    for (const ServerSpec& spec : m_profile.servers) {
        auto server = std::make_unique<Server>();
        server->spec = spec;
        server->state.server = spec.name();
        server->admin = new AdminConnection(spec, m_options, this);
        server->reconnect = new QTimer(this);
        server->reconnect->setSingleShot(true);
        server->reconnect->setInterval(ReconnectMs);
        const int index = int(m_servers.size());
        connect(server->reconnect, &QTimer::timeout, this, [this, index] { connectStream(index); });
        m_servers.push_back(std::move(server));
    }
    m_poll.setInterval(DefaultPollMs);
    connect(&m_poll, &QTimer::timeout, this, &ActivityMonitor::pollHeld);
}

ActivityMonitor::~ActivityMonitor()
{
    for (const auto& server : m_servers)
        if (server->stream)
            server->stream->disconnect(this);
}

void ActivityMonitor::start()
{
    for (int i = 0; i < int(m_servers.size()); ++i)
        connectStream(i);
    m_poll.start();
}

void ActivityMonitor::connectStream(int index)
{
    Server& server = *m_servers[index];
    if (server.stream) {
        server.stream->disconnect(this);
        server.stream->deleteLater();
    }
    server.parser = WatchParser();
    server.stream = openServerSocket(
        server.spec, this, StreamBufferBytes,
        {[this, index] { m_servers[index]->stream->write("watch mutations connevents\r\n"); },
         [this, index] { readStream(index); },
         [this, index] { streamLost(index, tr("the server closed the stream")); },
         [this, index](Outcome, const QString& what) {
             streamLost(index, what);
         }});
}

void ActivityMonitor::readStream(int index)
{
    Server& server = *m_servers[index];
    const bool wasStreaming = server.parser.state() == WatchParser::State::Streaming;
    const QList<WatchEvent> events = server.parser.feed(server.stream->readAll());
    switch (server.parser.state()) {
    case WatchParser::State::Refused:
        server.state.supported = false;
        server.stream->disconnect(this);
        server.stream->deleteLater();
        setState(index, false,
                 tr("%1 does not stream its activity (\"watch mutations connevents\" answered "
                    "\"%2\"; memcached 1.6 or later can): no activity for this server")
                     .arg(server.spec.name(), QString::fromUtf8(server.parser.problem())));
        return;
    case WatchParser::State::Malformed:
        streamLost(
            index,
            tr("unreadable stream line \"%1\"").arg(QString::fromUtf8(server.parser.problem())));
        return;
    case WatchParser::State::AwaitingAnswer:
        return;
    case WatchParser::State::Streaming:
        break;
    }
    if (!wasStreaming) {
        m_activity.started(index, serverNow(index));
        server.watched.clear();
        setState(index, true, QString());
        readConnections(index);
    }
    if (events.isEmpty())
        return;
    const double now = localNow();
    for (const WatchEvent& event : events) {
        if (event.ts > 0) {
            // The smallest delay seen; the logger's batching makes every delay
            // long, so it only serves to spot a server clock that is clearly off.
            const double delay = now - event.ts;
            if (!server.offsetKnown || delay < server.smallestDelay)
                server.smallestDelay = delay;
            server.offsetKnown = true;
            // Clocks in agreement (NTP, or the same machine) are taken as equal:
            // only a server ahead of us, or behind by more than the stream's
            // delay, gets its clock estimated from the events.
            const bool off = server.smallestDelay < -0.5 || server.smallestDelay > 5.0;
            server.clockOffset = off ? server.smallestDelay : 0.0;
        }
        if (event.type == WatchEvent::Type::Skipped)
            setState(index, true,
                     tr("the server dropped %n event(s) it could not send in time: "
                        "figures are incomplete",
                        nullptr, int(event.skipped)));
        if (event.type == WatchEvent::Type::ItemStore &&
            m_profile.keys.parseLockKey(event.key, true))
            server.watched[event.key] = now;
        WatchEvent received = event;
        received.receivedAt = now;
        m_activity.event(index, received);
    }
    Q_EMIT changed();
}

void ActivityMonitor::streamLost(int index, const QString& why)
{
    Server& server = *m_servers[index];
    if (server.stream) {
        server.stream->disconnect(this);
        server.stream->deleteLater();
    }
    setState(index, false,
             tr("%1: activity stream lost (%2); reconnecting").arg(server.spec.name(), why));
    server.reconnect->start();
}

void ActivityMonitor::readConnections(int index)
{
    m_servers[index]->admin->stats("conns", [this, index](const AdminConnection::Reply& reply) {
        if (reply.ok())
            m_activity.setConnections(index, parseConnections(reply.stats));
    });
}

void ActivityMonitor::pollHeld()
{
    for (int index = 0; index < int(m_servers.size()); ++index) {
        Server& server = *m_servers[index];
        if (!server.state.streaming || server.polling)
            continue;
        const QList<QByteArray> keys = server.watched.keys();
        if (keys.isEmpty())
            continue;
        server.polling = true;
        const double sentAt = serverNow(index);
        auto pending = std::make_shared<int>(int(keys.size()));
        for (const QByteArray& key : keys) {
            server.admin->metaGet(
                key, "s u",
                [this, index, key, sentAt, pending](const AdminConnection::Reply& reply) {
                    Server& polled = *m_servers[index];
                    if (reply.ok() && (reply.meta.code == MetaReply::Code::HD ||
                                       reply.meta.code == MetaReply::Code::EN ||
                                       reply.meta.code == MetaReply::Code::VA)) {
                        const bool present = reply.meta.code != MetaReply::Code::EN;
                        m_activity.presence(index, key, present, sentAt, serverNow(index));
                        if (present)
                            polled.watched[key] = localNow();
                        else if (localNow() - polled.watched.value(key) > ForgetAfter)
                            polled.watched.remove(key);
                    }
                    if (--*pending == 0) {
                        polled.polling = false;
                        Q_EMIT changed();
                    }
                });
        }
    }
}

void ActivityMonitor::setState(int index, bool streaming, const QString& note)
{
    ServerState& state = m_servers[index]->state;
    if (state.streaming == streaming && state.note == note)
        return;
    state.streaming = streaming;
    state.note = note;
    Q_EMIT serverStateChanged(index);
}

double ActivityMonitor::serverNow(int server) const
{
    return localNow() - m_servers[server]->clockOffset;
}

QList<ActivityMonitor::ServerState> ActivityMonitor::servers() const
{
    QList<ServerState> states;
    for (const auto& server : m_servers)
        states.append(server->state);
    return states;
}

bool ActivityMonitor::allStreaming() const
{
    return std::all_of(m_servers.begin(), m_servers.end(),
                       [](const auto& server) { return server->state.streaming; });
}

QList<LockActivityStats> ActivityMonitor::stats() const
{
    QList<LockActivityStats> all;
    for (int index = 0; index < int(m_servers.size()); ++index)
        all += m_activity.stats(index, serverNow(index));
    return all;
}

std::optional<LockActivityStats> ActivityMonitor::statsFor(int server, const QByteArray& key) const
{
    return m_activity.statsFor(server, key, serverNow(server));
}

} // namespace lockboard
