#include "core/activity/ActivityMonitor.h"

#include "core/protocol/MetadumpParser.h"
#include "core/protocol/StatsReply.h"
#include "core/transport/AdminConnection.h"
#include "core/transport/ServerSocket.h"

#include <QDateTime>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

constexpr int ReconnectMs = 1000;
constexpr int DefaultPollMs = 100; // only held lock keys are checked: a few mg per poll
constexpr qint64 StreamBufferBytes = 1024 * 1024;
// What a store costs on the stream before one was measured (memcached 1.6:
// "ts=... gid=... type=item_store key=... status=stored cmd=set ttl=... clsid=... cfd=...
// size=...").
constexpr double DefaultBytesPerStore = 125;

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
    , m_lockKeys(m_profile.lockMatcher())
    , m_activity(m_lockKeys)
    , m_streamLimit(1024.0 * m_profile.streamLimitKiB)
{
    for (const ServerSpec& spec : m_profile.servers) {
        auto server = std::make_unique<Server>();
        server->spec = spec;
        server->state.server = spec.name();
        // Until the server answers "watch" (or fails to): said, never blank.
        server->state.note =
            tr("%1: no answer to \"watch\" yet; waiting for the activity stream").arg(spec.name());
        server->admin = new AdminConnection(spec, m_options, this);
        server->reconnect = new QTimer(this);
        server->reconnect->setSingleShot(true);
        server->reconnect->setInterval(ReconnectMs);
        const int index = int(m_servers.size());
        connect(server->reconnect, &QTimer::timeout, this, [this, index] { connectStream(index); });
        // A server that accepts the connection and says nothing (a blackhole)
        // must not leave the stream waiting, unreported, forever.
        server->answer = new QTimer(this);
        server->answer->setSingleShot(true);
        server->answer->setInterval(m_options.connectTimeoutMs + m_options.ioTimeoutMs);
        connect(server->answer, &QTimer::timeout, this, [this, index] {
            if (m_servers[index]->parser.state() == WatchParser::State::AwaitingAnswer)
                streamLost(index, tr("no answer to \"watch\" within %1 ms")
                                      .arg(m_servers[index]->answer->interval()));
        });
        m_servers.push_back(std::move(server));
    }
    m_poll.setInterval(DefaultPollMs);
    connect(&m_poll, &QTimer::timeout, this, &ActivityMonitor::pollHeld);
    m_meter.setInterval(1000);
    connect(&m_meter, &QTimer::timeout, this, &ActivityMonitor::meterStreams);
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
    m_meter.start();
}

void ActivityMonitor::connectStream(int index)
{
    Server& server = *m_servers[index];
    if (server.stream) {
        server.stream->disconnect(this);
        server.stream->deleteLater();
    }
    server.parser = WatchParser();
    QList<QByteArray> needles;
    for (const QByteArray& needle : m_lockKeys.needles())
        needles.append(MetadumpParser::encode(needle));
    server.parser.setKeyFilter(std::move(needles));
    server.samples.clear();
    server.answer->start();
    server.stream =
        openServerSocket(server.spec, m_options.security, this, StreamBufferBytes,
                         {[this, index](const LinkState&) {
                              m_servers[index]->stream->write("watch mutations connevents\r\n");
                          },
                          [this, index] { readStream(index); },
                          [this, index] {
                              // Closed before any answer to "watch": what a TLS port does to plain
                              // text.
                              const bool unanswered = m_servers[index]->parser.state() ==
                                                          WatchParser::State::AwaitingAnswer &&
                                                      !m_options.security.tls.enabled;
                              streamLost(index, unanswered ? closedWithoutAnswerText()
                                                           : tr("the server closed the stream"));
                          },
                          [this, index](ErrorKind, const QString& what) {
                              streamLost(index, what);
                          }});
}

void ActivityMonitor::readStream(int index)
{
    Server& server = *m_servers[index];
    const bool wasStreaming = server.parser.state() == WatchParser::State::Streaming;
    const QByteArray bytes = server.stream->readAll();
    server.bytes += bytes.size();
    const QList<WatchEvent> events = server.parser.feed(bytes);
    if (server.parser.state() != WatchParser::State::AwaitingAnswer)
        server.answer->stop();
    switch (server.parser.state()) {
    case WatchParser::State::Refused: {
        server.stream->disconnect(this);
        server.stream->deleteLater();
        // -Y to a connection without a user: not a refusal of watching.
        if (isUnauthenticatedAnswer(server.parser.problem())) {
            setState(index, false, server.spec.name() + u": "_s + authenticationRequiredText());
            return;
        }
        server.state.supported = false;
        const QString answer = QString::fromUtf8(server.parser.problem());
        // memcached -W answers CLIENT_ERROR; a server older than 1.6, ERROR.
        setState(index, false,
                 server.parser.problem().startsWith("CLIENT_ERROR")
                     ? tr("%1 refuses watching (\"%2\": memcached -W): no activity for this "
                          "server, and locks taken there are seen only at its next keyspace walk")
                           .arg(server.spec.name(), answer)
                     : tr("%1 does not stream its activity (\"watch mutations connevents\" "
                          "answered \"%2\"; memcached 1.6 or later can): no activity for this "
                          "server")
                           .arg(server.spec.name(), answer));
        return;
    }
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
        if (server.streamedBefore)
            Q_EMIT streamGap(index); // what happened while it was down went by unseen
        server.streamedBefore = true;
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
        if (event.type == WatchEvent::Type::Skipped) {
            setState(index, true,
                     tr("the server dropped %n event(s) it could not send in time: "
                        "figures are incomplete",
                        nullptr, int(event.skipped)));
            Q_EMIT streamGap(index);
        }
        if (event.type == WatchEvent::Type::ItemStore && m_lockKeys.match(event.key, true)) {
            // Something happened to it: check it soon, and often again.
            server.watched[event.key] = {now, now, now};
            if (event.status == "stored")
                Q_EMIT lockKeyStored(index, event.key);
        }
        WatchEvent received = event;
        received.receivedAt = now;
        m_activity.event(index, received);
    }
    Q_EMIT changed();
}

void ActivityMonitor::streamLost(int index, const QString& why)
{
    Server& server = *m_servers[index];
    server.answer->stop();
    if (server.stream) {
        server.stream->disconnect(this);
        server.stream->deleteLater();
    }
    setState(index, false,
             tr("%1: activity stream lost: %2; reconnecting").arg(server.spec.name(), why));
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
    const double now = localNow();
    for (int index = 0; index < int(m_servers.size()); ++index) {
        Server& server = *m_servers[index];
        if (!server.state.streaming || server.polling)
            continue;
        // Only the keys whose check is due: a key that stays as it was is
        // checked less and less often.
        QList<QByteArray> keys;
        for (auto it = server.watched.cbegin(); it != server.watched.cend(); ++it)
            if (it->nextCheck <= now)
                keys.append(it.key());
        if (keys.isEmpty())
            continue;
        server.polling = true;
        const double sentAt = serverNow(index);
        // One pipelined batch; a key that is gone costs no reply (q).
        auto present = std::make_shared<QList<bool>>(keys.size(), false);
        server.admin->metaGetMany(
            keys, "s u",
            [present](qsizetype i, const MetaReply&, const QByteArray&) {
                if (i >= 0 && i < present->size())
                    (*present)[i] = true;
            },
            [this, index, keys, sentAt, present](const AdminConnection::Reply& reply) {
                Server& polled = *m_servers[index];
                polled.polling = false;
                if (!reply.ok())
                    return; // the stream's own failure says what happened
                const double answered = localNow();
                for (qsizetype i = 0; i < keys.size(); ++i) {
                    const QByteArray& key = keys[i];
                    const bool found = (*present)[i];
                    m_activity.presence(index, key, found, sentAt, serverNow(index));
                    auto watched = polled.watched.find(key);
                    if (watched == polled.watched.end())
                        continue;
                    if (found)
                        watched->lastSeen = answered;
                    if (!found && answered - watched->lastSeen > ForgetAfter) {
                        polled.watched.erase(watched);
                    } else {
                        const double quiet = answered - watched->lastEvent;
                        watched->nextCheck =
                            answered +
                            std::clamp(quiet / 10, m_poll.interval() / 1000.0, MaxCheckSeconds);
                    }
                }
                Q_EMIT changed();
            });
    }
}

void ActivityMonitor::meterStreams()
{
    m_activity.forget(localNow());
    for (int index = 0; index < int(m_servers.size()); ++index) {
        Server& server = *m_servers[index];
        if (server.state.overLimit)
            checkPaused(index);
        if (!server.state.streaming)
            continue;
        server.samples.append({server.bytes, server.parser.lines()});
        if (server.samples.size() > StreamRateWindow + 1)
            server.samples.removeFirst();
        if (server.samples.size() < 2)
            continue;
        const double seconds = double(server.samples.size() - 1);
        server.state.bytesPerSecond =
            double(server.samples.last().first - server.samples.first().first) / seconds;
        server.state.linesPerSecond =
            double(server.samples.last().second - server.samples.first().second) / seconds;
        if (m_streamLimit > 0 && server.samples.size() > StreamRateWindow &&
            server.state.bytesPerSecond > m_streamLimit)
            stopStream(index);
    }
}

void ActivityMonitor::stopStream(int index)
{
    Server& server = *m_servers[index];
    if (server.stream) {
        server.stream->disconnect(this);
        server.stream->deleteLater();
    }
    server.watched.clear();
    server.state.overLimit = true;
    server.state.bytesPerStore = server.state.linesPerSecond > 0
                                     ? server.state.bytesPerSecond / server.state.linesPerSecond
                                     : DefaultBytesPerStore;
    server.state.storesPerSecond = server.state.linesPerSecond;
    server.pausedAt = localNow();
    server.lastStores = -1;
    setState(index, false,
             tr("%1: activity stream paused: it cost %2 KB/s (%3 lines/s), above the limit of "
                "%4 KB/s (the whole cache's stores stream, not only the locks'; the limit is the "
                "profile's). It resumes when the stores would cost under %5 KB/s; meanwhile no "
                "activity for this server, and new locks are found by walking their slab classes")
                 .arg(server.spec.name())
                 .arg(server.state.bytesPerSecond / 1024.0, 0, 'f', 0)
                 .arg(server.state.linesPerSecond, 0, 'f', 0)
                 .arg(m_streamLimit / 1024.0, 0, 'f', 0)
                 .arg(ResumeFraction * m_streamLimit / 1024.0, 0, 'f', 0));
}

void ActivityMonitor::checkPaused(int index)
{
    Server& server = *m_servers[index];
    const double now = localNow();
    if (server.readingStores ||
        (server.lastStores >= 0 && now - server.lastStoresAt < PausedStatsSeconds))
        return;
    server.readingStores = true;
    server.admin->stats({}, [this, index](const AdminConnection::Reply& reply) {
        Server& paused = *m_servers[index];
        paused.readingStores = false;
        const auto stats = StatsReply::parse(reply.ok() ? reply.stats : QByteArray());
        const auto stores = stats ? stats->number("cmd_set") : std::nullopt;
        if (!paused.state.overLimit || !stores)
            return; // resumed meanwhile, or unreadable: the next second tries again
        const double at = localNow();
        if (paused.lastStores >= 0 && *stores >= paused.lastStores && at > paused.lastStoresAt)
            paused.state.storesPerSecond =
                double(*stores - paused.lastStores) / (at - paused.lastStoresAt);
        const bool measured = paused.lastStores >= 0;
        paused.lastStores = *stores;
        paused.lastStoresAt = at;
        if (!measured || at - paused.pausedAt < m_minPause)
            return;
        if (paused.state.storesPerSecond * paused.state.bytesPerStore <
            ResumeFraction * m_streamLimit) {
            paused.state.overLimit = false;
            setState(index, false,
                     tr("%1: activity stream resuming: the cache now takes %2 stores/s")
                         .arg(paused.spec.name())
                         .arg(paused.state.storesPerSecond, 0, 'f', 0));
            connectStream(index);
        }
    });
}

void ActivityMonitor::setState(int index, bool streaming, const QString& note)
{
    ServerState& state = m_servers[index]->state;
    if (state.streaming == streaming && state.note == note)
        return;
    const bool changed = state.streaming != streaming;
    state.streaming = streaming;
    state.note = note;
    Q_EMIT serverStateChanged(index);
    if (changed)
        Q_EMIT streamingChanged(index, streaming);
}

double ActivityMonitor::serverNow(int server) const
{
    return localNow() - m_servers[server]->clockOffset;
}

QList<ActivityMonitor::ServerState> ActivityMonitor::servers() const
{
    QList<ServerState> states;
    for (const auto& server : m_servers) {
        states.append(server->state);
        states.last().bytesRead = server->bytes;
    }
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
