#pragma once

#include "core/config/LockRecipe.h"

#include <QList>
#include <QtGlobal>

#include <utility>

namespace lockboard {

class StatsReply;

// memcached's slab classes: which class an item of a given size goes to. A
// lock lives in the class of its item (header, key, flags, value, CAS), so
// between full walks the inspector walks only the classes locks can live in
// ("lru_crawler metadump 1,2,3"), and the doctor asks which class evicts a lock.
//
// The classes are computed the way memcached 1.6's slabs_init() does, from
// "stats settings" (chunk_size, growth_factor, slab_chunk_max, cas_enabled):
// "stats slabs" lists only the classes that hold pages already, and a lock
// taken a moment ago may be the first item of its class. Servers started with
// -o slab_sizes (not shown in stats settings) are not modelled: what a class
// walk then misses, the next full walk finds.
struct SlabGeometry
{
    qint64 chunkSize = 48;            // -n: the smallest item's data space
    double growthFactor = 1.25;       // -f
    qint64 slabChunkMax = 512 * 1024; // the largest class's chunk (slab_page_size / 2)
    bool casEnabled = true;           // -C turns the 8-byte CAS off

    // Missing settings keep memcached's defaults.
    [[nodiscard]] static SlabGeometry fromSettings(const StatsReply& settings);

    // Each class's chunk size, index = class id (index 0 unused, 0).
    [[nodiscard]] QList<qint64> chunkSizes() const;
    // The class an item of itemSize bytes goes to (the largest for anything
    // bigger: memcached chains such items from chunks of it).
    [[nodiscard]] int classOf(qint64 itemSize) const;
    // An item's size as memcached counts it (item_make_header + do_item_alloc):
    // the 48-byte header, the key and its NUL, the client flags when not 0,
    // the data with its "\r\n", and the CAS unless -C.
    [[nodiscard]] qint64 itemSize(qsizetype keyLength, quint32 flags, qint64 valueSize) const;

    friend bool operator==(const SlabGeometry&, const SlabGeometry&) = default;
};

// The item sizes (smallest, largest) that the locks of a profile's recipes
// usually have: lock names of 1 to TypicalNameBytes bytes (Celery's whole
// "<task>-lock-<md5>" with a task name that long), and the values the
// recipes write: Django's "1" and Lockboard's owner tokens (host names up to
// TypicalHostBytes), Celery's app oid, Laravel's 16-character owner, and for a
// custom recipe any of those or a short value. A lock outside the range (a
// long name, a big value) is found by full walks, and its class is walked
// from then on.
inline constexpr int TypicalNameBytes = 64;
inline constexpr int TypicalHostBytes = 32;
[[nodiscard]] std::pair<qint64, qint64> lockItemSizes(const LockMatcher& matcher,
                                                      const SlabGeometry& geometry);

} // namespace lockboard
