#pragma once

#include <QtGlobal>

namespace lockboard {

// One convention for an item's time to live, everywhere in Lockboard: seconds
// left (0 or more), or one of these. It is what memcached's meta protocol
// answers for `mg <key> t` (-1: the item never expires). Readers of other
// sources (the watch stream writes ttl=0 for "never") convert at their edge.
namespace ttl {
inline constexpr qint64 Never = -1;   // the item has no expiry time
inline constexpr qint64 Unknown = -2; // not read, or not said
} // namespace ttl

} // namespace lockboard
