#include "core/activity/LockActivity.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace lockboard {

namespace {

// The lowest value with at least `fraction` of the values at or below it.
double percentile(QList<double> values, double fraction)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(fraction * double(values.size())));
    return values[std::clamp<qsizetype>(rank - 1, 0, values.size() - 1)];
}

void trim(QList<double>& times, double now)
{
    const auto first = std::lower_bound(times.begin(), times.end(), now - LockActivity::Window);
    times.erase(times.begin(), first);
}

class ActivityText
{
    Q_DECLARE_TR_FUNCTIONS(ActivityText)
};

} // namespace

QString activityHintsText(const QList<ActivityHint>& hints)
{
    QStringList texts;
    for (const ActivityHint hint : hints)
        texts.append(activityHintText(hint));
    return texts.join(QLatin1String("; "));
}

QString activityHintText(ActivityHint hint)
{
    switch (hint) {
    case ActivityHint::NoTtl:
        return ActivityText::tr("no TTL: it stays forever if its holder dies");
    case ActivityHint::HeldTooLong:
        return ActivityText::tr("held longer than 99% of its past holds");
    case ActivityHint::TtlFarAboveHolds:
        return ActivityText::tr("TTL far longer than its holds: a dead holder blocks it long");
    }
    return {};
}

LockActivity::LockActivity(LockMatcher lockKeys)
    : m_lockKeys(std::move(lockKeys))
{}

void LockActivity::forget(double now)
{
    const auto lastHeard = [](const History& history) {
        return std::max(history.lastEventReceived, history.lastPresent);
    };
    std::vector<std::pair<double, Id>> idle;
    for (auto it = m_locks.begin(); it != m_locks.end();) {
        const double heard = lastHeard(it->second);
        if (!it->second.hold && now - heard > ForgetAfter) {
            it = m_locks.erase(it);
            continue;
        }
        if (!it->second.hold)
            idle.emplace_back(heard, it->first);
        ++it;
    }
    if (qsizetype(m_locks.size()) <= MaxLocks)
        return;
    std::sort(idle.begin(), idle.end());
    for (const auto& [heard, id] : idle) {
        if (qsizetype(m_locks.size()) <= MaxLocks)
            break;
        m_locks.erase(id);
    }
}

LockActivity::History* LockActivity::historyFor(int server, const QByteArray& key)
{
    const Id id{server, key};
    if (auto found = m_locks.find(id); found != m_locks.end())
        return &found->second;
    const auto parsed = m_lockKeys.match(key, true);
    if (!parsed)
        return nullptr; // not a lock key
    History& history = m_locks[id];
    history.name = parsed->name;
    history.key = key;
    history.server = server;
    return &history;
}

void LockActivity::started(int server, double at)
{
    m_startedAt[server] = at;
    // Connections opened or closed while we were not watching are unknown:
    // "stats conns" (asked now) and the stream's events tell them again.
    m_connections.remove(server);
    for (auto& [id, history] : m_locks) {
        if (id.first == server) {
            history.hold.reset(); // what happened while we were not watching is unknown
            history.lastEnded = -1;
        }
    }
}

void LockActivity::setConnections(int server, const QHash<int, QByteArray>& addresses)
{
    // The reply to "stats conns" arrives after the stream's events that were
    // sent while it was on its way: a connection those announced (conn_new,
    // the same fd reused included) is newer than the reply and stays.
    QHash<int, QByteArray>& known = m_connections[server];
    for (auto it = addresses.cbegin(); it != addresses.cend(); ++it)
        if (!known.contains(it.key()))
            known.insert(it.key(), it.value());
}

void LockActivity::event(int server, const WatchEvent& event)
{
    switch (event.type) {
    case WatchEvent::Type::ConnNew:
        m_connections[server].insert(event.clientFd, event.address);
        return;
    case WatchEvent::Type::ConnClose:
        m_connections[server].remove(event.clientFd);
        return;
    case WatchEvent::Type::ItemStore:
        break;
    default:
        return;
    }
    History* history = historyFor(server, event.key);
    if (!history)
        return;
    const double receivedAt = event.receivedAt > 0 ? event.receivedAt : event.ts;
    history->lastEventReceived = std::max(history->lastEventReceived, receivedAt);
    const bool stored = event.status == "stored";
    const bool add = event.command == "add";
    if (add && !stored) {
        history->contended.append(event.ts);
        ++history->contendedCount;
        trim(history->contended, event.ts);
        // With no hold known, someone has held it since before we watched;
        // unless a hold already ended since: this attempt came before that
        // end and reached us after the check that saw it.
        if (!history->hold && history->lastEnded < 0)
            history->hold = Hold{};
        return;
    }
    if (!stored)
        return; // a failed cas/replace changes nothing
    if (!add && !history->hold) {
        // A cas needs the item: one that reaches us after the key was seen
        // gone happened before that. A set of a lock key takes it, though.
        if (event.command != "set")
            return;
    }
    if (add || !history->hold) {
        // An acquisition. The key was absent for it, so a hold still open
        // ended unseen between two checks; unless that hold is only known
        // from contended attempts: events from different connections arrive
        // out of order, so those attempts may have been against this very
        // acquisition.
        if (history->hold && history->hold->since >= 0)
            ended(*history, history->hold->lastSeen, std::min(event.ts, receivedAt));
        Hold hold;
        // The event's time can be stamped late (memcached's logger); the
        // checks bound it better: the key was absent at lastAbsent and
        // present when presentSince was answered.
        double upper = event.ts;
        if (history->presentSince > history->lastAbsent && history->lastAbsent >= 0)
            upper = std::min(upper, history->presentSince);
        // (Only checks close together bound it: a key unchecked for a while
        // may have been taken any time.)
        const bool bounded = history->lastAbsent >= 0 && history->lastAbsent < upper &&
                             upper - history->lastAbsent <= 1.0;
        hold.since = bounded ? (history->lastAbsent + upper) / 2 : upper;
        hold.lastSeen =
            std::max(hold.since, history->presentSince > history->lastAbsent ? history->lastPresent
                                                                             : hold.since);
        hold.address = m_connections.value(server).value(event.clientFd);
        hold.clientFd = event.clientFd;
        history->hold = hold;
        history->acquisitions.append(event.ts);
        ++history->acquisitionCount;
        trim(history->acquisitions, event.ts);
    }
    // The acquisition's or a refresh's TTL (Lockboard refreshes with ms ... C<cas>),
    // counted from the best estimate of when it was stored.
    const double storedAt = add ? history->hold->since : std::min(event.ts, receivedAt);
    history->hold->ttl = event.ttl;
    history->hold->expiresAt = event.ttl > 0 ? storedAt + double(event.ttl) : -1;
    history->lastTtl = event.ttl;
}

void LockActivity::presence(int server, const QByteArray& key, bool present, double sentAt,
                            double answeredAt)
{
    History* history = historyFor(server, key);
    if (!history)
        return;
    if (present) {
        if (history->presentSince <= history->lastAbsent)
            history->presentSince = answeredAt;
        history->lastPresent = std::max(history->lastPresent, sentAt);
        if (history->hold)
            history->hold->lastSeen = std::max(history->hold->lastSeen, sentAt);
        return;
    }
    // Asked before the latest event reached us: the server may have answered
    // before that event happened. The next check will tell.
    if (sentAt < history->lastEventReceived)
        return;
    history->lastAbsent = std::max(history->lastAbsent, sentAt);
    if (history->hold)
        ended(*history, history->hold->lastSeen, answeredAt);
}

void LockActivity::ended(History& history, double vanishedAfter, double vanishedBy)
{
    const Hold hold = *history.hold;
    history.hold.reset();
    history.lastEnded = vanishedBy;
    // An item may go up to a second before its time (memcached's clock ticks
    // once a second) and the store's time may be stamped late: vanishing
    // within that margin of the expiry time counts as expiring.
    const double margin = std::min(2.0, double(hold.ttl) / 2);
    const bool expired = hold.expiresAt > 0 && vanishedBy >= hold.expiresAt - margin;
    if (expired) {
        ++history.expired;
        return;
    }
    ++history.released;
    if (hold.since < 0)
        return; // started before we watched: its length is unknown
    history.holds.append(std::max(0.0, (vanishedAfter + vanishedBy) / 2 - hold.since));
    if (history.holds.size() > MaxHolds)
        history.holds.removeFirst();
}

LockActivityStats LockActivity::summarize(const History& history, double now) const
{
    LockActivityStats stats;
    stats.name = history.name;
    stats.key = history.key;
    stats.server = history.server;
    stats.acquisitions = history.acquisitionCount;
    stats.contended = history.contendedCount;
    stats.released = history.released;
    stats.expired = history.expired;

    const double since = std::max(now - Window, m_startedAt.value(history.server, now - Window));
    const auto inWindow = [&](const QList<double>& times) {
        QList<double> kept;
        for (double t : times)
            if (t >= now - Window)
                kept.append(t);
        return kept;
    };
    stats.acquisitionTimes = inWindow(history.acquisitions);
    stats.contendedTimes = inWindow(history.contended);
    const double minutes = std::max(now - since, 1.0) / 60.0;
    stats.acquisitionsPerMinute = double(stats.acquisitionTimes.size()) / minutes;
    stats.contendedPerMinute = double(stats.contendedTimes.size()) / minutes;
    const auto attempts = stats.acquisitionTimes.size() + stats.contendedTimes.size();
    if (attempts > 0)
        stats.contentionRatio = double(stats.contendedTimes.size()) / double(attempts);

    stats.holdTimes = history.holds;
    stats.holdSamples = int(history.holds.size());
    stats.holdP50 = percentile(history.holds, 0.50);
    stats.holdP99 = percentile(history.holds, 0.99);
    stats.ttl = history.hold ? history.hold->ttl : history.lastTtl;
    if (history.hold) {
        stats.held = true;
        stats.heldFor = history.hold->since >= 0 ? now - history.hold->since : -1;
        stats.holderAddress = history.hold->address;
        if (stats.holderAddress.isEmpty())
            stats.holderAddress = m_connections.value(history.server).value(history.hold->clientFd);
        if (history.hold->ttl == ttl::Never)
            stats.hints.append(ActivityHint::NoTtl);
    }
    // Hints from past holds need a few of them to mean anything.
    constexpr int EnoughHolds = 5;
    if (stats.holdSamples >= EnoughHolds) {
        if (stats.held && stats.heldFor > stats.holdP99)
            stats.hints.append(ActivityHint::HeldTooLong);
        if (stats.ttl > 0 && double(stats.ttl) > 10 * stats.holdP99)
            stats.hints.append(ActivityHint::TtlFarAboveHolds);
    }
    return stats;
}

QList<LockActivityStats> LockActivity::stats(int server, double now) const
{
    QList<LockActivityStats> result;
    // The map is ordered by (server, key): one server's locks are one range.
    for (auto it = m_locks.lower_bound({server, {}});
         it != m_locks.end() && it->first.first == server; ++it)
        result.append(summarize(it->second, now));
    return result;
}

std::optional<LockActivityStats> LockActivity::statsFor(int server, const QByteArray& key,
                                                        double now) const
{
    const auto found = m_locks.find({server, key});
    if (found == m_locks.end())
        return std::nullopt;
    return summarize(found->second, now);
}

} // namespace lockboard
