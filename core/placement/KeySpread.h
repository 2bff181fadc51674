#pragma once

#include "core/config/KeyScheme.h"
#include "core/placement/Placement.h"

#include <QByteArray>
#include <QList>

namespace lockboard {

// How a set of keys spreads over a cluster's servers, and what happens to it
// when one server fails. Pure computation over a Placement.
struct KeySpread
{
    QList<int> perServer; // keys whose home is each server
    int keys = 0;
};

struct FailoverMoves
{
    int server = -1;     // the server that failed
    int affected = 0;    // keys whose home it is
    QList<int> movedTo;  // per server: affected keys the library now puts there
    int failing = 0;     // affected keys the library cannot store at all
    int othersMoved = 0; // keys homed on another server that land elsewhere too
    QList<int> after;    // per server: every key that lands there while it is down
};

[[nodiscard]] KeySpread spreadOf(const Placement& placement, const QList<QByteArray>& keys);

// Where the keys homed on `server` go while it is down (Placement::landing).
// Keys with another home stay where they are, except under a library that
// removes the server from its ring (Failover::Removes): every live server's
// share changes, and a few of them move too (othersMoved, after).
[[nodiscard]] FailoverMoves movesIfDown(const Placement& placement, const QList<QByteArray>& keys,
                                        int server);

// count lock keys "<prefix>:<version>:__d_lock_sample-<i>" in the scheme's
// form: a stand-in for the application's keys when none are known.
[[nodiscard]] QList<QByteArray> sampleLockKeys(const KeyScheme& scheme, int count);

} // namespace lockboard
