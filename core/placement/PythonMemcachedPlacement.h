#pragma once

#include "core/placement/Placement.h"

namespace lockboard {

// python-memcached 1.5x (Client._get_server): each server fills `weight`
// buckets in list order; the home is buckets[hash(key) % buckets]. When the
// home cannot be reached the client rehashes, h = hash(str(h) + str(i)), and
// tries again, up to Client._SERVER_RETRIES (10) servers in all: so a lock
// whose home blinks is taken on another server (the seed's double grant).
class PythonMemcachedPlacement final : public Placement
{
public:
    static constexpr int ServerRetries = 10;

    explicit PythonMemcachedPlacement(QList<ServerSpec> servers);

    [[nodiscard]] int home(QByteArrayView key) const override;

    // The servers the client tries for key, in order: the home first, then
    // each rehash; ServerRetries entries, repeats included (a repeated server
    // is tried again, and skipped at once while python-memcached holds it dead).
    [[nodiscard]] QList<int> attempts(QByteArrayView key) const;

protected:
    [[nodiscard]] int rehash(QByteArrayView key, const QList<int>& down) const override;

private:
    QList<int> m_buckets; // server index per bucket
};

} // namespace lockboard
