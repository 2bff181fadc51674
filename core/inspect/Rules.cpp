#include "core/inspect/Rules.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <numeric>
#include <string_view>
#include <vector>

namespace lockboard {

namespace {

// The states' words, in the context "lockboard::LockState" for translators.
class LockState
{
    Q_DECLARE_TR_FUNCTIONS(LockState)
};

} // namespace

void sortLocks(QList<LockRecord>& locks)
{
    // A LockRecord is too big to swap around a million times, and
    // QString::compare is a call per comparison: the sort runs over views.
    struct Entry
    {
        LockOrder order;
        qsizetype index;
    };
    const QList<LockRecord>& records = locks;
    std::vector<Entry> entries;
    entries.reserve(size_t(records.size()));
    for (qsizetype i = 0; i < records.size(); ++i)
        entries.push_back(Entry{LockOrder(records[i]), i});
    const auto before = [](const Entry& a, const Entry& b) {
        return a.order.compare(b.order) < 0;
    };
    if (std::is_sorted(entries.begin(), entries.end(), before))
        return;
    std::sort(entries.begin(), entries.end(), before);
    QList<LockRecord> sorted;
    sorted.reserve(locks.size());
    for (const Entry& entry : entries)
        sorted.append(std::move(locks[entry.index]));
    locks = std::move(sorted);
}

QList<QByteArray> markSplitCopies(QList<LockRecord>& locks)
{
    Q_ASSERT(std::is_sorted(locks.cbegin(), locks.cend(), lockBefore));
    QList<QByteArray> keys;
    LockRecord* lock = locks.data();
    const qsizetype count = locks.size();
    std::vector<qsizetype> group; // the copies of one name, by key
    for (qsizetype start = 0; start < count;) {
        qsizetype end = start + 1;
        while (end < count && lock[end].name == lock[start].name)
            ++end;
        group.resize(size_t(end - start));
        std::iota(group.begin(), group.end(), start);
        std::sort(group.begin(), group.end(),
                  [lock](qsizetype a, qsizetype b) { return lock[a].key < lock[b].key; });
        for (size_t first = 0; first < group.size();) {
            size_t last = first + 1;
            while (last < group.size() && lock[group[last]].key == lock[group[first]].key)
                ++last;
            for (size_t i = first; i < last; ++i)
                lock[group[i]].split = last - first > 1;
            keys.append(lock[group[first]].key);
            first = last;
        }
        start = end;
    }
    return keys;
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
