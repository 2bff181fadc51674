#pragma once

#include "core/placement/Continuum.h"
#include "core/placement/Placement.h"

namespace lockboard {

// Ruby's dalli (3.x, Rails' :mem_cache_store): a ring of
// floor(servers * 160 * weight / total) points per server, point i being the
// first four bytes (big-endian) of SHA-1("<name>:<i>"), where the name is
// "<host>:<port>" (the port always written, an IPv6 address without brackets)
// or the socket path. A key hashes to its CRC-32 and belongs to the greatest
// point at or below it; below the lowest point it wraps to the highest.
// With one server there is no ring.
// dalli fails over by default: while a key's server is down it rehashes
// CRC-32("<try><key>") for try = 0, 1, ... (20 lookups in all) and stores
// the key on the first live server it meets: the seed's double grant again.
class DalliPlacement final : public Placement
{
public:
    static constexpr int PointsPerServer = 160;
    static constexpr int Lookups = 20;

    explicit DalliPlacement(QList<ServerSpec> servers);

    [[nodiscard]] int home(QByteArrayView key) const override;

    // The name dalli hashes a server's points from.
    [[nodiscard]] static QByteArray serverName(const ServerSpec& server);

protected:
    [[nodiscard]] int rehash(QByteArrayView key, const QList<int>& down) const override;

private:
    Continuum m_ring; // empty with one server
};

} // namespace lockboard
