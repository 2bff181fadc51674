#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>

namespace lockboard {

// One memcached server as an operator writes it:
//   host[:port[:weight]]      example.org, 10.0.0.5:11211, cache1:11211:2
//   [v6addr][:port[:weight]]  [::1]:11211, [fe80::1%eth0]:11212:3
//   unix:/path[:weight]       unix:/run/memcached/memcached.sock
// The port defaults to 11211 and the weight to 1. Names are kept as written,
// because some clients place keys by the server's name (pymemcache, ketama).
class ServerSpec
{
public:
    enum class Transport
    {
        Tcp,
        Unix
    };

    static constexpr quint16 DefaultPort = 11211;
    static constexpr int MaxWeight = 10000;

    [[nodiscard]] static Result<ServerSpec> parse(QStringView text);

    // A list separated by commas, semicolons or whitespace (Django's LOCATION
    // accepts ',' and ';'). Empty lists and servers listed twice are errors.
    [[nodiscard]] static Result<QList<ServerSpec>> parseList(QStringView text);

    [[nodiscard]] Transport transport() const { return m_transport; }
    // Host name or address, without brackets; the socket path for unix sockets.
    [[nodiscard]] const QString& host() const { return m_host; }
    // 0 for unix sockets.
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] int weight() const { return m_weight; }
    [[nodiscard]] bool isIpv6() const { return m_ipv6; }

    // As written in the server list, without the weight: how Lockboard names
    // the server everywhere (tables, JSON, errors).
    [[nodiscard]] const QString& name() const { return m_name; }
    // As written, weight included: what a saved profile stores.
    [[nodiscard]] QString toString() const;

    friend bool operator==(const ServerSpec&, const ServerSpec&) = default;

private:
    Transport m_transport = Transport::Tcp;
    QString m_host;
    quint16 m_port = DefaultPort;
    int m_weight = 1;
    bool m_ipv6 = false;
    QString m_name;
};

} // namespace lockboard
