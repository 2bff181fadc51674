#pragma once

#include "core/activity/LockActivity.h"
#include "core/client/ClientOptions.h"
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
// seen in the stream every pollInterval (100 ms; "mg <key> s u": no LRU bump)
// until they are gone, to see holds end (the stream has no deletes).
// Keys stay checked for a minute after they were last seen, so that the
// checks bound when the next hold starts too (LockActivity explains why the
// stream's own times are not enough). A dropped stream reconnects after a second; a server
// that refuses the watch command gets a note and no activity.
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
        bool supported = true; // false: the server refused the watch command
        QString note;          // why it is not streaming, or what went missing
    };

    ActivityMonitor(Profile profile, ClientOptions options = {}, QObject* parent = nullptr);
    ~ActivityMonitor() override;

    void start();
    void setPollInterval(int ms) { m_poll.setInterval(ms); }

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
        double clockOffset = 0;   // local - server, seconds
        double smallestDelay = 0; // local receive time - event time
        bool offsetKnown = false;
        bool polling = false;
        // Lock keys to check: seen in the stream recently, with the time (local)
        // of the latest event received or check that found them present.
        QHash<QByteArray, double> watched;
    };

    void connectStream(int server);
    void readStream(int server);
    void streamLost(int server, const QString& why);
    void readConnections(int server);
    void pollHeld();
    void setState(int server, bool streaming, const QString& note);

    Profile m_profile;
    ClientOptions m_options;
    LockActivity m_activity;
    std::vector<std::unique_ptr<Server>> m_servers;
    QTimer m_poll;
};

} // namespace lockboard
