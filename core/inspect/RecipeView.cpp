#include "core/inspect/RecipeView.h"

#include "core/inspect/Rules.h"
#include "core/inspect/ValueDecoder.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lockboard {

RecipeView::RecipeView(const Profile& profile)
    : m_matcher(profile.lockMatcher())
{
    for (const ServerSpec& server : profile.servers)
        m_serverNames.append(server.name());
    for (int recipe = 0; recipe < m_matcher.recipes().size(); ++recipe)
        m_placements.push_back(Placement::create(m_matcher.client(recipe), profile.servers));
}

void RecipeView::describe(LockRecord& lock, const LockMatch& match) const
{
    const LockRecipe& recipe = m_matcher.recipes().at(match.recipe);
    lock.name = match.name;
    lock.version = match.version;
    lock.recipe = recipe.kindName();
    lock.releaseComparesOwner = recipe.releaseComparesOwner();
    lock.serverName = m_serverNames.value(lock.server);
    lock.home = m_placements[size_t(match.recipe)]->home(lock.key);
    lock.homeName = m_serverNames.value(lock.home);
    lock.misplaced = lock.server != lock.home;
    lock.owner = OwnerToken::parse(lock.rawValue);
    // A token describes itself (lock.owner); the rest are decoded here, once.
    const OwnerInfo owner = lock.owner ? OwnerInfo{u"lockboard token"_s, QString()}
                                       : describeOwner(lock.rawValue, lock.flags, recipe.kind);
    lock.ownerKind = owner.kind;
    lock.ownerDetail = owner.detail;
    lock.holdsLock = holdsLock(recipe.kind, owner);
    if (lock.owner) {
        lock.acquired = lock.owner->acquired;
        lock.fencingToken = lock.owner->fence ? *lock.owner->fence : lock.cas;
    } else {
        lock.acquired.reset();
        lock.fencingToken = 0;
    }
}

QList<LockRecord> RecipeView::recognise(const QList<LockRecord>& candidates, bool anyVersion) const
{
    QList<LockRecord> found;
    QSet<std::pair<int, QByteArray>> seen;
    for (const LockRecord& candidate : candidates) {
        if (candidate.server < 0 || candidate.server >= m_serverNames.size())
            continue; // read from another server list
        if (seen.contains({candidate.server, candidate.key}))
            continue;
        const auto match = m_matcher.match(candidate.key, anyVersion);
        if (!match)
            continue;
        seen.insert({candidate.server, candidate.key});
        LockRecord lock = candidate;
        describe(lock, *match);
        if (lock.holdsLock) // as the inspector lists them: not Laravel's cache values
            found.append(std::move(lock));
    }
    sortLocks(found);
    markSplitCopies(found);
    return found;
}

} // namespace lockboard
