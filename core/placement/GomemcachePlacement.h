#pragma once

#include "core/placement/Placement.h"

namespace lockboard {

// Go's gomemcache (ServerList.PickServer): the CRC-32 of the key's first 256
// bytes modulo the number of servers. No weights (listing a server twice is
// gomemcache's only way to weigh it, and Lockboard's lists refuse duplicates)
// and no failover: a key whose server is down fails.
class GomemcachePlacement final : public Placement
{
public:
    static constexpr int HashedBytes = 256;

    explicit GomemcachePlacement(QList<ServerSpec> servers);

    [[nodiscard]] int home(QByteArrayView key) const override;
};

} // namespace lockboard
