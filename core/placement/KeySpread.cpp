#include "core/placement/KeySpread.h"

using namespace Qt::StringLiterals;

namespace lockboard {

KeySpread spreadOf(const Placement& placement, const QList<QByteArray>& keys)
{
    KeySpread spread;
    spread.perServer.fill(0, placement.servers().size());
    for (const QByteArray& key : keys)
        ++spread.perServer[placement.home(key)];
    spread.keys = int(keys.size());
    return spread;
}

FailoverMoves movesIfDown(const Placement& placement, const QList<QByteArray>& keys, int server)
{
    FailoverMoves moves;
    moves.server = server;
    moves.movedTo.fill(0, placement.servers().size());
    moves.after.fill(0, placement.servers().size());
    const PlacementOutage outage(placement, {server});
    for (const QByteArray& key : keys) {
        const int home = placement.home(key);
        const int landing = outage.landing(key);
        if (landing >= 0 && landing != server)
            ++moves.after[landing];
        if (home != server) {
            if (landing != home)
                ++moves.othersMoved;
            continue;
        }
        ++moves.affected;
        if (landing < 0 || landing == server)
            ++moves.failing;
        else
            ++moves.movedTo[landing];
    }
    return moves;
}

QList<QByteArray> sampleLockKeys(const KeyScheme& scheme, int count)
{
    QList<QByteArray> keys;
    keys.reserve(count);
    for (int i = 0; i < count; ++i) {
        if (auto key = scheme.lockKey(u"sample-%1"_s.arg(i)))
            keys.append(*key);
    }
    return keys;
}

} // namespace lockboard
