#include "core/inspect/SlabClasses.h"

#include "core/lock/OwnerToken.h"
#include "core/protocol/StatsReply.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

namespace lockboard {

namespace {

// memcached.h: sizeof(item) on 64-bit builds, CHUNK_ALIGN_BYTES, and
// MAX_NUMBER_OF_SLAB_CLASSES (class ids 1 to 62 computed, 63 at most).
constexpr qint64 ItemHeader = 48;
constexpr qint64 ChunkAlign = 8;
constexpr int MaxClasses = 64;

} // namespace

SlabGeometry SlabGeometry::fromSettings(const StatsReply& settings)
{
    SlabGeometry geometry;
    if (const auto chunk = settings.number("chunk_size"); chunk && *chunk > 0)
        geometry.chunkSize = *chunk;
    if (const auto factor = settings.value("growth_factor")) {
        bool ok = false;
        const double parsed = factor->toDouble(&ok);
        if (ok && parsed > 1.0)
            geometry.growthFactor = parsed;
    }
    if (const auto max = settings.number("slab_chunk_max"); max && *max > 0)
        geometry.slabChunkMax = *max;
    if (const auto cas = settings.value("cas_enabled"))
        geometry.casEnabled = *cas != "no";
    return geometry;
}

QList<qint64> SlabGeometry::chunkSizes() const
{
    // slabs_init(): sizes grow by the factor (truncated to an unsigned int,
    // then aligned up to 8 bytes) until the next would pass slab_chunk_max /
    // factor; the last class is slab_chunk_max itself.
    QList<qint64> sizes{0};
    quint32 size = quint32(ItemHeader + chunkSize);
    int id = 1;
    for (; id < MaxClasses - 1; ++id) {
        if (double(size) >= double(slabChunkMax) / growthFactor)
            break;
        if (size % ChunkAlign != 0)
            size += quint32(ChunkAlign - size % ChunkAlign);
        sizes.append(size);
        size = quint32(double(size) * growthFactor);
    }
    sizes.append(slabChunkMax);
    return sizes;
}

int SlabGeometry::classOf(qint64 itemSize) const
{
    const QList<qint64> sizes = chunkSizes();
    const auto found = std::lower_bound(sizes.begin() + 1, sizes.end(), itemSize);
    return found == sizes.end() ? int(sizes.size() - 1) : int(found - sizes.begin());
}

qint64 SlabGeometry::itemSize(qsizetype keyLength, quint32 flags, qint64 valueSize) const
{
    return ItemHeader + keyLength + 1 + (flags != 0 ? 4 : 0) + valueSize + 2 + (casEnabled ? 8 : 0);
}

std::pair<qint64, qint64> lockItemSizes(const LockMatcher& matcher, const SlabGeometry& geometry)
{
    // Lockboard's own token at its longest: a long host name, and a fence.
    OwnerToken token;
    token.host = QString(TypicalHostBytes, u'h');
    token.nonce = QByteArray(16, '0');
    token.acquired = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    token.pid = 4'194'304; // Linux's pid_max
    token.fence = std::numeric_limits<quint64>::max();
    const qint64 longestToken = token.toValue().size();

    constexpr qint64 Md5Hex = 32;
    constexpr qint64 CeleryOid = 36;    // a uuid4 as text (kombu's oid)
    constexpr qint64 LaravelOwner = 16; // Str::random(16)
    constexpr qint64 ShortValue = 64;   // what a custom recipe may hold besides a token
    qint64 smallest = std::numeric_limits<qint64>::max();
    qint64 largest = 0;
    for (int recipe = 0; recipe < matcher.recipes().size(); ++recipe) {
        const LockRecipe::Kind kind = matcher.recipes().at(recipe).kind;
        // Celery's name is "<task>-lock-<md5 hex>".
        const qint64 extra = kind == LockRecipe::Kind::Celery ? 6 + Md5Hex : 0;
        const auto shortKey = matcher.lockKey(recipe, QString(int(1 + extra), u'x'));
        const auto longKey = matcher.lockKey(recipe, QString(int(TypicalNameBytes + extra), u'x'));
        if (!shortKey || !longKey)
            continue; // a pattern that cannot make such keys: full walks find its locks
        qint64 minValue = 1;
        qint64 maxValue = 1;
        switch (kind) {
        case LockRecipe::Kind::Django:
            maxValue = longestToken;
            break;
        case LockRecipe::Kind::Celery:
            minValue = maxValue = CeleryOid;
            break;
        case LockRecipe::Kind::Laravel:
            minValue = maxValue = LaravelOwner;
            break;
        case LockRecipe::Kind::Custom:
            maxValue = std::max(longestToken, ShortValue);
            break;
        }
        smallest = std::min(smallest, geometry.itemSize(shortKey->size(), 0, minValue));
        largest = std::max(largest, geometry.itemSize(longKey->size(), 1, maxValue));
    }
    if (largest == 0)
        return {0, 0};
    return {smallest, largest};
}

} // namespace lockboard
