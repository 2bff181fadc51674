#pragma once

#include "core/config/ClientLibrary.h"
#include "core/config/ServerSpec.h"

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

    // servers must not be empty.
    [[nodiscard]] static std::unique_ptr<Placement> create(ClientLibrary library,
                                                           QList<ServerSpec> servers);

    [[nodiscard]] ClientLibrary library() const { return m_library; }
    [[nodiscard]] const QList<ServerSpec>& servers() const { return m_servers; }

    // key is the memcached key as sent on the wire (UTF-8 bytes).
    [[nodiscard]] virtual int home(QByteArrayView key) const = 0;

    // The server the library puts a key on while the servers in down are
    // unreachable (once it has noticed), or -1 when it cannot store the key.
    // python-memcached rehashes and pymemcache drops the dead server from its
    // ring, so both move the key: the seed's double grant. libmemcached without
    // auto-eject (pylibmc's default) never moves it: the home, or -1.
    [[nodiscard]] virtual int landing(QByteArrayView key, const QList<int>& down) const;

    // False when the library refuses the key before sending it, on its default
    // protocol: PHP's memcached (3.2) and Debian's gomemcache take printable
    // ASCII only, so a key with a space, a control byte or any UTF-8 is never
    // stored by them (PHP over the binary protocol would take it).
    [[nodiscard]] bool sends(QByteArrayView key) const { return refusal(key).isEmpty(); }
    // Why the library refuses the key, for people; empty when it sends it.
    [[nodiscard]] QString refusal(QByteArrayView key) const;

protected:
    Placement(ClientLibrary library, QList<ServerSpec> servers);

private:
    ClientLibrary m_library;
    QList<ServerSpec> m_servers;
};

} // namespace lockboard
