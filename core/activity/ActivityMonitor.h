#pragma once

#include "core/activity/LockActivity.h"
#include "core/config/ClientOptions.h"
#include "core/config/Profile.h"
#include "core/protocol/WatchParser.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

class QIODevice;

namespace lockboard {

class AdminConnection;

// Live lock activity for a cluster: per server, one connection streaming
// "watch mutations connevents" into a LockActivity, "stats conns" to know the
// clients already connected, and an AdminConnection that checks the lock keys
// seen in the stream ("mg <key> s u": no LRU bump) until they are gone, to
// see holds end (the stream has no deletes). A key is checked every
// pollInterval (100 ms) after an event about it, then less and less often
// while nothing changes (every tenth of the time since its last event, up to
// every MaxCheckSeconds: a hold's end is timed to within 10%); keys stay checked for
// a minute after they were last seen, so that the checks bound when the next
// hold starts too (LockActivity explains why the stream's own times are not
// enough). A dropped stream reconnects after a second; a server that refuses
// the watch command gets a note and no activity.
//
// Bounded: the stream carries every store of the whole cache, so lines that
// are not lock stores are dropped on their raw bytes (WatchParser's key
// filter), and a stream that costs more than the limit (bytes per second,
// over StreamRateWindow seconds) is paused, saying so. While paused, the
// server's store rate is read from its "stats" (cmd_set) every
// PausedStatsSeconds, and the stream resumes when that rate times what a
// store cost on the stream falls below ResumeFraction of the limit, and it
// has been paused at least DefaultMinPauseSeconds: hysteresis, so that a rate near
// the limit does not flap. The inspector walks the lock classes meanwhile.
//
// Asynchronous on Qt Network: it may live on the GUI thread.
class ActivityMonitor : public QObject
{
    Q_OBJECT

public:
    struct ServerState
    {
        QString server;
        bool streaming = false;
        bool supported = true;       // false: the server refused the watch command
        QString note;                // why it is not streaming, or what went missing
        bool overLimit = false;      // paused: it cost more than the limit
        double storesPerSecond = -1; // paused: the cache's store rate (cmd_set); -1 unknown
        double bytesPerStore = 0;    // paused: what one store cost on the stream
        double bytesPerSecond = 0;   // what the stream costs, over the last seconds
        double linesPerSecond = 0;
        qint64 bytesRead = 0; // every byte of the stream since start()
    };

    static constexpr double DefaultStreamLimit = 256 * 1024; // bytes per second
    static constexpr double MaxCheckSeconds = 3.2;
    static constexpr int StreamRateWindow = 5; // seconds
    static constexpr double ResumeFraction = 0.5;
    static constexpr double DefaultMinPauseSeconds = 30;
    static constexpr int PausedStatsSeconds = 5;

    ActivityMonitor(Profile profile, ClientOptions options = {}, QObject* parent = nullptr);
    ~ActivityMonitor() override;

    void start();
    void setPollInterval(int ms) { m_poll.setInterval(ms); }
    // Bytes per second above which a server's stream is stopped; 0: no limit.
    void setStreamLimit(double bytesPerSecond) { m_streamLimit = bytesPerSecond; }
    [[nodiscard]] double streamLimit() const { return m_streamLimit; }
    // How long a stream paused over its limit stays paused at least (default 30 s).
    void setMinPause(double seconds) { m_minPause = seconds; }

    [[nodiscard]] const Profile& profile() const { return m_profile; }
    [[nodiscard]] QList<ServerState> servers() const;
    [[nodiscard]] bool allStreaming() const;
    [[nodiscard]] QList<LockActivityStats> stats() const;
    [[nodiscard]] std::optional<LockActivityStats> statsFor(int server,
                                                            const QByteArray& key) const;
    // Now on server's clock (Unix seconds), estimated from its events' times.
    [[nodiscard]] double serverNow(int server) const;

Q_SIGNALS:
    void changed();
    void serverStateChanged(int server);
    // A lock key was stored on server (add, set, cas, ...), as the stream told it.
    void lockKeyStored(int server, const QByteArray& key);
    // The stream missed events (it was lost and came back, or the server
    // dropped lines): what it did not tell must be found another way.
    void streamGap(int server);
    // The server's stream came up (it reports lock stores from now on) or
    // went down (paused over its limit, lost, refused).
    void streamingChanged(int server, bool streaming);

private:
    // A watched key stops being checked once it has been absent this long
    // with no event about it.
    static constexpr double ForgetAfter = 60.0;

    struct Server
    {
        ServerSpec spec;
        QPointer<QIODevice> stream;
        WatchParser parser;
        AdminConnection* admin = nullptr;
        ServerState state;
        QTimer* reconnect = nullptr;
        QTimer* answer = nullptr; // the stream's answer to "watch" is due (connect + I/O timeout)
        double clockOffset = 0;   // local - server, seconds
        double smallestDelay = 0; // local receive time - event time
        bool offsetKnown = false;
        bool polling = false;
        bool streamedBefore = false; // a later start means events were missed
        // Lock keys to check, seen in the stream recently (local times).
        struct Watched
        {
            double lastSeen = 0;  // the latest event, or check that found it present
            double lastEvent = 0; // the latest event about it
            double nextCheck = 0;
        };
        QHash<QByteArray, Watched> watched;
        // What the stream costs: bytes and lines per second of the last seconds.
        qint64 bytes = 0;
        QList<std::pair<qint64, qint64>> samples; // (bytes, lines) at each second
        // Paused: when, and the last cmd_set read (server's counter, local time).
        double pausedAt = 0;
        qint64 lastStores = -1;
        double lastStoresAt = 0;
        bool readingStores = false;
    };

    void connectStream(int server);
    void readStream(int server);
    void streamLost(int server, const QString& why);
    void readConnections(int server);
    void pollHeld();
    void setState(int server, bool streaming, const QString& note);
    void meterStreams();
    void stopStream(int server);
    void checkPaused(int server);

    Profile m_profile;
    ClientOptions m_options;
    LockMatcher m_lockKeys; // the profile's lock keys
    LockActivity m_activity;
    std::vector<std::unique_ptr<Server>> m_servers;
    QTimer m_poll;
    QTimer m_meter;
    double m_streamLimit = DefaultStreamLimit;
    double m_minPause = DefaultMinPauseSeconds;
};

} // namespace lockboard
