#pragma once

#include "core/placement/Continuum.h"
#include "core/placement/Placement.h"

namespace lockboard {

// The weighted MD5 ring of libketama, as two libraries build it:
// - PHP's memcached with Memcached::OPT_LIBKETAMA_COMPATIBLE (libmemcached's
//   ketama_weighted): each server gets floor(weight/total * 40 * servers)
//   names "<host>-<i>" (port 11211) or "<host>:<port>-<i>", computed in
//   32-bit floats, and each name's MD5 digest gives four points, its four
//   little-endian words. Keys hash to the first MD5 word too.
// - Node's memcached package, whose hashring does the same with 64-bit
//   floats: the per-server count differs for some server counts (39 names
//   instead of 40 for 7, 14, 28... equal servers).
// A key belongs to the first point at or above its hash, wrapping to the
// lowest; equal points keep server order. Neither library moves a key while
// its home is down, on their defaults.
class WeightedKetamaPlacement final : public Placement
{
public:
    WeightedKetamaPlacement(ClientLibrary library, QList<ServerSpec> servers);

    [[nodiscard]] int home(QByteArrayView key) const override;

    // How many names (of four points each) a server of this weight gets.
    [[nodiscard]] static int names(ClientLibrary library, int weight, int totalWeight, int servers);

private:
    Continuum m_continuum;
};

} // namespace lockboard
