#include "core/inspect/Rules.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace lockboard {

namespace {

// The states' words, in the context "lockboard::LockState" for translators.
class LockState
{
    Q_DECLARE_TR_FUNCTIONS(LockState)
};

} // namespace

QHash<QByteArray, int> markSplitCopies(QList<LockRecord>& locks)
{
    QHash<QByteArray, int> copies;
    for (const LockRecord& lock : std::as_const(locks))
        ++copies[lock.key];
    for (LockRecord& lock : locks)
        lock.split = copies.value(lock.key) > 1;
    return copies;
}

LockProblems problemsOf(const LockRecord& lock)
{
    LockProblems problems;
    problems.setFlag(LockProblem::Misplaced, lock.misplaced);
    problems.setFlag(LockProblem::Split, lock.split);
    problems.setFlag(LockProblem::NoTtl, lock.ttl == ttl::Never);
    return problems;
}

QString lockStateText(const LockRecord& lock, bool serverRestarted)
{
    const LockProblems problems = problemsOf(lock);
    QStringList states;
    if (problems.testFlag(LockProblem::Misplaced))
        states << LockState::tr("misplaced (home %1)").arg(lock.homeName);
    if (problems.testFlag(LockProblem::Split))
        states << LockState::tr("split");
    if (problems.testFlag(LockProblem::NoTtl))
        states << LockState::tr("no TTL");
    if (serverRestarted)
        states << LockState::tr("server restarted");
    return states.isEmpty() ? LockState::tr("ok") : states.join(QLatin1String(", "));
}

bool restartStillRecent(bool restartSeenBefore, const ServerHealth& now)
{
    // Down for a while after a restart: still recent (its uptime says nothing
    // then); it is the uptime after it comes back that ends it.
    return (restartSeenBefore || now.restarted) &&
           (!now.up || (now.uptime >= 0 && now.uptime < RecentRestartSeconds));
}

std::optional<Error> credentialsRefused(const ClusterSnapshot& snapshot)
{
    if (snapshot.servers.isEmpty())
        return std::nullopt;
    for (const ServerHealth& server : snapshot.servers)
        if (server.up || !server.error || server.error->kind != ErrorKind::AuthFailed)
            return std::nullopt;
    return snapshot.servers.constFirst().error;
}

bool credentialsAccepted(const ClusterSnapshot& snapshot)
{
    return std::any_of(snapshot.servers.begin(), snapshot.servers.end(),
                       [](const ServerHealth& server) { return server.authenticated; });
}

} // namespace lockboard
