#include "core/inspect/ClusterEvent.h"

#include "core/inspect/Rules.h"

#include <QCoreApplication>
#include <QSet>

namespace lockboard {

namespace {

// The events' words, in the context "lockboard::ClusterEvents" for translators.
class ClusterEvents
{
    Q_DECLARE_TR_FUNCTIONS(ClusterEvents)
};

// The problem copies of a snapshot, one set per problem.
struct Problems
{
    QSet<LockCopyId> misplaced;
    QSet<QByteArray> split; // keys only: a split is about the key, not one copy
    QSet<LockCopyId> noTtl;
};

Problems problemsIn(const ClusterSnapshot& snapshot)
{
    Problems problems;
    for (const LockRecord& lock : snapshot.locks) {
        const LockProblems found = problemsOf(lock);
        if (found.testFlag(LockProblem::Misplaced))
            problems.misplaced.insert(copyIdOf(lock));
        if (found.testFlag(LockProblem::Split))
            problems.split.insert(lock.key);
        if (found.testFlag(LockProblem::NoTtl))
            problems.noTtl.insert(copyIdOf(lock));
    }
    return problems;
}

} // namespace

ClusterEvent releaseEvent(const Profile& profile, const ReleaseResult& result)
{
    ClusterEvent event;
    event.at = QDateTime::currentDateTimeUtc();
    const bool released = result.released();
    event.kind = released ? ClusterEvent::Kind::Released : ClusterEvent::Kind::ReleaseFailed;
    event.severity = released ? ClusterEvent::Severity::Info : ClusterEvent::Severity::Warning;
    event.server = profile.servers.value(result.server).name();
    if (const auto parsed = profile.lockMatcher().match(result.key, true))
        event.lock = parsed->name;
    event.message = result.message;
    if (!event.message.isEmpty())
        event.message[0] = event.message[0].toUpper();
    return event;
}

QList<ClusterEvent> eventsBetween(const ClusterSnapshot* before, const ClusterSnapshot& after)
{
    using Kind = ClusterEvent::Kind;
    using Severity = ClusterEvent::Severity;
    QList<ClusterEvent> events;
    const auto add = [&](Kind kind, Severity severity, const QString& server, const QString& lock,
                         const QString& message) {
        events.append({after.takenAt, kind, severity, server, lock, message});
    };

    for (const ServerHealth& now : after.servers) {
        const ServerHealth* then = nullptr;
        if (before && now.index >= 0 && now.index < before->servers.size())
            then = &before->servers[now.index];
        const bool wasUp = then ? then->up : true;
        if (!now.up && wasUp)
            add(Kind::ServerDown, Severity::Critical, now.server, {},
                ClusterEvents::tr("Server down: %1").arg(now.errorText()));
        else if (now.up && !wasUp)
            add(Kind::ServerUp, Severity::Info, now.server, {},
                ClusterEvents::tr("Server answers again"));
        if (now.restarted)
            add(Kind::ServerRestarted, Severity::Critical, now.server, {},
                ClusterEvents::tr("Server restarted (pid %1, up %2 s): every lock it held is gone")
                    .arg(now.pid)
                    .arg(now.uptime));
        const bool scanFailed = now.up && !now.scanned && now.error;
        const bool scanFailedBefore = then && then->up && !then->scanned && then->error.has_value();
        if (scanFailed && !scanFailedBefore)
            add(Kind::ScanFailed, Severity::Warning, now.server, {},
                ClusterEvents::tr("Could not list its keys: %1").arg(now.errorText()));
        const bool byName = now.up && now.listing == ServerHealth::Listing::Names;
        const bool byNameBefore = then && then->up && then->listing == ServerHealth::Listing::Names;
        if (byName && !byNameBefore)
            add(Kind::NamesMode, Severity::Warning, now.server, {}, now.listingNote);
    }

    const Problems old = before ? problemsIn(*before) : Problems();
    QSet<QByteArray> splitReported;
    for (const LockRecord& lock : after.locks) {
        const LockProblems problems = problemsOf(lock);
        if (problems.testFlag(LockProblem::Split) && !old.split.contains(lock.key) &&
            !splitReported.contains(lock.key)) {
            splitReported.insert(lock.key);
            add(Kind::LockSplit, Severity::Critical, {}, lock.name,
                ClusterEvents::tr("Split lock: \"%1\" is held on more than one server (home %2)")
                    .arg(lock.name, lock.homeName));
        }
        if (problems.testFlag(LockProblem::Misplaced) && !old.misplaced.contains(copyIdOf(lock)))
            add(Kind::LockMisplaced, Severity::Warning, lock.serverName, lock.name,
                ClusterEvents::tr("Misplaced lock: \"%1\" is on %2, its home is %3")
                    .arg(lock.name, lock.serverName, lock.homeName));
        if (problems.testFlag(LockProblem::NoTtl) && !old.noTtl.contains(copyIdOf(lock)))
            add(Kind::LockNoTtl, Severity::Warning, lock.serverName, lock.name,
                ClusterEvents::tr(
                    "Lock \"%1\" never expires: if its holder dies it stays until released")
                    .arg(lock.name));
    }
    return events;
}

ClusterEvent watchingEvent(const Profile& profile)
{
    ClusterEvent event;
    event.at = QDateTime::currentDateTimeUtc();
    event.message = ClusterEvents::tr("Watching %n server(s), profile \"%1\"", nullptr,
                                      int(profile.servers.size()))
                        .arg(profile.name);
    return event;
}

QString severityName(ClusterEvent::Severity severity)
{
    switch (severity) {
    case ClusterEvent::Severity::Info:
        return ClusterEvents::tr("info");
    case ClusterEvent::Severity::Warning:
        return ClusterEvents::tr("warning");
    case ClusterEvent::Severity::Critical:
        return ClusterEvents::tr("critical");
    }
    return {};
}

} // namespace lockboard
