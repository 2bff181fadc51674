#pragma once

#include "core/placement/Placement.h"

#include <QString>

namespace lockboard {

// pymemcache's HashClient (RendezvousHash): every server scores
// murmur3("<node>-<key>") and the highest score wins; a tie goes to the larger
// node name. A node is "host:port" (IPv6 without brackets) or the socket path.
// Weights do not exist in pymemcache and are ignored.
// pymemcache fails over: after retry_attempts (default 2) failures it removes
// a server from the ring, and the server's keys go to the next-highest score
// (Failover::Removes): a lock whose home is down is taken elsewhere, as with
// python-memcached.
class RendezvousPlacement final : public Placement
{
public:
    explicit RendezvousPlacement(QList<ServerSpec> servers);

    [[nodiscard]] int home(QByteArrayView key) const override;

    // The name pymemcache gives a server in its hash ring.
    [[nodiscard]] static QString nodeName(const ServerSpec& server);

private:
    QList<std::u32string> m_prefixes; // "<node>-" per server, in code points
    QList<QString> m_nodes;
};

} // namespace lockboard
