#pragma once

#include "core/config/ClientLibrary.h"
#include "core/config/ServerSpec.h"
#include "core/placement/Failover.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <memory>

namespace lockboard {

// Where a client library puts a key: the index of its home server in the
// server list, computed exactly as the library computes it. Placement depends
// on the list's order (and, for some libraries, the servers' names), never on
// which servers are up: the libraries' own failover is what Lockboard's client
// refuses to do. Immutable after construction; safe to share between threads.
class Placement
{
public:
    virtual ~Placement() = default;

    // servers must not be empty. options: the profile's client options, for
    // how the library fails over (failoverOf); only the library's own.
    [[nodiscard]] static std::unique_ptr<Placement>
    create(ClientLibrary library, QList<ServerSpec> servers, const QJsonObject& options = {});

    [[nodiscard]] ClientLibrary library() const { return m_library; }
    [[nodiscard]] const QList<ServerSpec>& servers() const { return m_servers; }
    [[nodiscard]] Failover failover() const { return m_failover; }

    // key is the memcached key as sent on the wire (UTF-8 bytes).
    [[nodiscard]] virtual int home(QByteArrayView key) const = 0;

    // The server the library puts a key on while the servers in down are
    // unreachable (once it has noticed), or -1 when it cannot store the key,
    // as failover() says: python-memcached and dalli rehash, pymemcache drops
    // the dead server from its ring, so they move the key (the seed's double
    // grant); libmemcached without auto-eject (pylibmc's default) never moves
    // it: the home, or -1. With Failover::Removes a key whose home is up can
    // land elsewhere too (the live ring's shares change). For many keys, PlacementOutage
    // computes it once.
    [[nodiscard]] int landing(QByteArrayView key, const QList<int>& down) const;

    // False when the library refuses the key before sending it, on its default
    // protocol: PHP's memcached (3.2) and Debian's gomemcache take printable
    // ASCII only, so a key with a space, a control byte or any UTF-8 is never
    // stored by them (PHP over the binary protocol would take it).
    [[nodiscard]] bool sends(QByteArrayView key) const { return refusal(key).isEmpty(); }
    // Why the library refuses the key, for people; empty when it sends it.
    [[nodiscard]] QString refusal(QByteArrayView key) const;

protected:
    // With the library's default failover (failoverOf with no options).
    Placement(ClientLibrary library, QList<ServerSpec> servers);

    // The library's placement on servers, with its default failover.
    [[nodiscard]] static std::unique_ptr<Placement> make(ClientLibrary library,
                                                         QList<ServerSpec> servers);

    // Failover::Rehashes: where the library's own rule puts key, whose home
    // is in down, while the servers in down are unreachable; or -1.
    [[nodiscard]] virtual int rehash(QByteArrayView key, const QList<int>& down) const;

private:
    friend class PlacementOutage;

    ClientLibrary m_library;
    QList<ServerSpec> m_servers;
    Failover m_failover;
};

// Where a placement's keys go while some of its servers are unreachable (once
// the library has noticed): Placement::landing for many keys, with the ring of
// the live servers (Failover::Removes) built once. Keeps a reference to placement.
class PlacementOutage
{
public:
    PlacementOutage(const Placement& placement, QList<int> down);
    ~PlacementOutage();

    [[nodiscard]] int landing(QByteArrayView key) const;

private:
    const Placement& m_placement;
    QList<int> m_down;
    std::unique_ptr<Placement> m_live; // Removes: the ring of the servers up
    QList<int> m_liveIndex;            // its server i is m_placement's m_liveIndex[i]
};

} // namespace lockboard
