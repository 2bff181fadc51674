#pragma once

#include "core/config/LockRecipe.h"
#include "core/protocol/WatchParser.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <map>
#include <optional>

namespace lockboard {

// What an operator can tell about a lock from watching it.
enum class ActivityHint
{
    NoTtl,            // held with no TTL: it stays forever if its holder dies
    HeldTooLong,      // held longer than its p99 hold time
    TtlFarAboveHolds, // its TTL is more than 10x its p99 hold time: a dead holder blocks long
};
[[nodiscard]] QString activityHintText(ActivityHint hint);
// A lock's hints in one line, "; " between them; empty when there are none.
[[nodiscard]] QString activityHintsText(const QList<ActivityHint>& hints);

struct LockActivityStats
{
    QString name;
    QByteArray key;
    int server = -1;

    // Since watching started (exact counts of what the server reported).
    int acquisitions = 0; // add ... stored
    int contended = 0;    // add ... not_stored: someone else held it
    int released = 0;     // vanished before its expiry time
    int expired = 0;      // vanished at or after its expiry time: the holder died or was too slow
    // Over the last Window (or since watching started, if shorter).
    double acquisitionsPerMinute = 0;
    double contendedPerMinute = 0;
    double contentionRatio = -1; // contended / (acquisitions + contended); -1 without attempts

    int holdSamples = 0; // released holds with a known start
    double holdP50 = -1; // seconds
    double holdP99 = -1;

    bool held = false;
    double heldFor = -1;       // seconds, when the acquisition was seen
    qint64 ttl = ttl::Unknown; // the current (or last) acquisition's TTL, or ttl::Never
    QByteArray holderAddress;  // "ip:port" of the client that took it, when known
    QList<ActivityHint> hints;

    // For charts: the times (server clock, Unix seconds) of the attempts in
    // the Window, and the released hold times (the latest MaxHolds).
    QList<double> acquisitionTimes;
    QList<double> contendedTimes;
    QList<double> holdTimes;
};

// Turns watched store events and presence checks into per-lock figures.
// Pure logic, no I/O: ActivityMonitor feeds it from the servers.
//
// memcached 1.6 streams every store ("watch mutations": add stored / not
// stored, and the cas of a Lockboard refresh) but not deletes, so the end of
// a hold is found by checking the lock keys (presence()): a key that vanished
// before its expiry time was released; at or after it (less a margin: an item
// may go up to a second early, and event times can be stamped late), expired.
// Counts come from the stream and are exact. Times are estimates: the stream
// arrives in batches, up to about a second late, and its time stamps can be
// late too, so a hold's start and end are taken from the checks around them
// where there are any (the middle of the interval between the last check
// that saw the key absent or present and the first that did not).
//
// Times are Unix seconds; the checks' local clock is taken as the server's.
class LockActivity
{
public:
    static constexpr double Window = 600; // seconds for the per-minute rates and charts
    static constexpr int MaxHolds = 1000;
    // Memory stays flat over days: a lock not held and not heard of for
    // ForgetAfter seconds is forgotten, and at most MaxLocks are kept (the
    // least recently heard of go first).
    static constexpr double ForgetAfter = Window;
    static constexpr int MaxLocks = 10'000;

    explicit LockActivity(LockMatcher lockKeys = LockMatcher({}, {},
                                                             ClientLibrary::PythonMemcached));

    void event(int server, const WatchEvent& event);
    // The server's connections (stats conns): client fd -> "ip:port", under
    // those the stream announced meanwhile (they are newer).
    void setConnections(int server, const QHash<int, QByteArray>& addresses);
    // A check of whether key is still on server: asked at sentAt, answered at
    // answeredAt (the server looked in between). An absence counts only when
    // asked after everything already known about the key.
    void presence(int server, const QByteArray& key, bool present, double sentAt,
                  double answeredAt);
    // Watching (re)started at this time on server: rates count from here, and
    // holds that were open are no longer known to be open.
    void started(int server, double at);
    // Forgets what ForgetAfter and MaxLocks say to, with now on the local clock.
    void forget(double now);
    [[nodiscard]] qsizetype lockCount() const { return qsizetype(m_locks.size()); }

    // The locks seen on server, with now on its clock.
    [[nodiscard]] QList<LockActivityStats> stats(int server, double now) const;
    [[nodiscard]] std::optional<LockActivityStats> statsFor(int server, const QByteArray& key,
                                                            double now) const;

private:
    struct Hold
    {
        double since = -1;     // -1: taken before watching started
        double expiresAt = -1; // -1: never
        qint64 ttl = ttl::Unknown;
        double lastSeen = -1;
        QByteArray address;
        int clientFd = -1; // to find the address later: conn_new may reach us after the store
    };
    struct History
    {
        QString name;
        QByteArray key;
        int server = -1;
        std::optional<Hold> hold;
        QList<double> acquisitions; // times, trimmed to the Window
        QList<double> contended;
        QList<double> holds; // seconds, the latest MaxHolds
        int acquisitionCount = 0;
        int contendedCount = 0;
        int released = 0;
        int expired = 0;
        qint64 lastTtl = ttl::Unknown;
        double lastEnded = -1; // when the latest hold was found gone; -1: none since watching
        // The checks (local clock, taken as the server's): when the key was
        // last asked for and absent, first answered present after that, last
        // asked for and present; and when the latest event about it arrived.
        double lastAbsent = -1;
        double presentSince = -1;
        double lastPresent = -1;
        double lastEventReceived = -1;
    };
    using Id = std::pair<int, QByteArray>;

    History* historyFor(int server, const QByteArray& key);
    void ended(History& history, double vanishedAfter, double vanishedBy);
    [[nodiscard]] LockActivityStats summarize(const History& history, double now) const;

    LockMatcher m_lockKeys;
    std::map<Id, History> m_locks;
    QHash<int, QHash<int, QByteArray>> m_connections; // server -> fd -> address
    QHash<int, double> m_startedAt;
};

} // namespace lockboard
