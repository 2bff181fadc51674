#pragma once

#include "core/placement/Continuum.h"
#include "core/placement/Placement.h"

namespace lockboard {

// libmemcached's ketama distribution (pylibmc with behaviors={"ketama": True};
// PHP's memcached with OPT_DISTRIBUTION consistent set after its servers):
// a continuum of 100 points per server, point i of a server hashed from
// "<host>-<i>" when its port is 11211 and "<host>:<port>-<i>" otherwise, with
// the same one-at-a-time hash as the keys. A key belongs to the first point at
// or above its hash, wrapping to the lowest. Weights are ignored (that is
// ketama_weighted, which pylibmc's "ketama" does not turn on).
class KetamaPlacement final : public Placement
{
public:
    static constexpr int PointsPerServer = 100;

    KetamaPlacement(ClientLibrary library, QList<ServerSpec> servers);

    [[nodiscard]] int home(QByteArrayView key) const override;

    // The text libmemcached hashes for point `point` of a server.
    [[nodiscard]] static QByteArray pointName(const ServerSpec& server, int point);

private:
    Continuum m_continuum;
};

} // namespace lockboard
