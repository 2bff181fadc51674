#pragma once

#include "core/config/Profile.h"
#include "core/inspect/ClusterSnapshot.h"
#include "core/placement/Placement.h"

#include <memory>
#include <vector>

namespace lockboard {

// A profile's lock recipes applied to keys read from its servers: the one
// place that turns a copy of a key into a lock record's recipe, name, home
// (under the client library that writes the recipe's keys), misplaced state
// and owner. The inspector describes what it reads with it; the recipe
// editor previews recipes not yet saved with it, on copies already read.
class RecipeView
{
public:
    explicit RecipeView(const Profile& profile);

    [[nodiscard]] const LockMatcher& matcher() const { return m_matcher; }

    // Fills in lock's name, version, recipe, home, misplaced state, decoded
    // owner and whether it holds a lock, from the match of its key; lock.key,
    // lock.server, lock.rawValue, lock.flags and lock.cas (the fencing token
    // of a Lockboard lock without one in its token) must already be set.
    void describe(LockRecord& lock, const LockMatch& match) const;

    // The copies among candidates (records read from the same server list,
    // under any recipes) that these recipes recognise and that hold a lock,
    // described as the inspector would list them under them: each (server,
    // key) once, split recomputed among them, in the order of
    // ClusterSnapshot::locks.
    [[nodiscard]] QList<LockRecord> recognise(const QList<LockRecord>& candidates,
                                              bool anyVersion = true) const;

private:
    QStringList m_serverNames;
    LockMatcher m_matcher;
    std::vector<std::unique_ptr<Placement>> m_placements; // per recipe: its client's
};

} // namespace lockboard
