#pragma once

#include "core/placement/Placement.h"

namespace lockboard {

// libmemcached's default distribution (pylibmc without behaviours, PHP's
// memcached extension without options, so Laravel's memcached driver): the
// one-at-a-time hash of the key modulo the number of servers. Weights and
// names play no part.
class ModulaPlacement final : public Placement
{
public:
    ModulaPlacement(ClientLibrary library, QList<ServerSpec> servers);

    [[nodiscard]] int home(QByteArrayView key) const override;
};

} // namespace lockboard
