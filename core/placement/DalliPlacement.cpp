#include "core/placement/DalliPlacement.h"

#include "core/placement/Hashing.h"

#include <cmath>

namespace lockboard {

QByteArray DalliPlacement::serverName(const ServerSpec& server)
{
    if (server.transport() == ServerSpec::Transport::Unix)
        return server.host().toUtf8();
    return server.host().toUtf8() + ':' + QByteArray::number(server.port());
}

DalliPlacement::DalliPlacement(QList<ServerSpec> servers)
    : Placement(ClientLibrary::Dalli, std::move(servers))
{
    const QList<ServerSpec>& list = this->servers();
    if (list.size() < 2)
        return;
    int total = 0;
    for (const ServerSpec& server : list)
        total += server.weight();
    for (int s = 0; s < list.size(); ++s) {
        const int count = int(
            std::floor(double(list.size()) * PointsPerServer * list[s].weight() / double(total)));
        const QByteArray name = serverName(list[s]) + ':';
        for (int i = 0; i < count; ++i)
            m_ring.add(hashing::sha1Prefix(QByteArray(name + QByteArray::number(i))), s);
    }
    // Ruby's sort_by is not stable, so on equal points dalli's order is not
    // defined; server order is what it gives for these few-element ties.
    m_ring.sort();
}

int DalliPlacement::home(QByteArrayView key) const
{
    return m_ring.empty() ? 0 : m_ring.atOrBelow(hashing::crc32(key));
}

int DalliPlacement::rehash(QByteArrayView key, const QList<int>& down) const
{
    if (m_ring.empty())
        return down.contains(0) ? -1 : 0;
    quint32 hash = hashing::crc32(key);
    for (int attempt = 0; attempt < Lookups; ++attempt) {
        const int server = m_ring.atOrBelow(hash);
        if (!down.contains(server))
            return server;
        hash = hashing::crc32(QByteArray(QByteArray::number(attempt) + key.toByteArray()));
    }
    return -1;
}

} // namespace lockboard
