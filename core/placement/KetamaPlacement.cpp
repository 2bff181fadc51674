#include "core/placement/KetamaPlacement.h"

#include "core/placement/Hashing.h"

#include <algorithm>

namespace lockboard {

QByteArray KetamaPlacement::pointName(const ServerSpec& server, int point)
{
    QByteArray name = server.host().toUtf8();
    if (server.port() != ServerSpec::DefaultPort)
        name += ':' + QByteArray::number(server.port());
    return name + '-' + QByteArray::number(point);
}

KetamaPlacement::KetamaPlacement(QList<ServerSpec> servers)
    : Placement(ClientLibrary::PylibmcKetama, std::move(servers))
{
    m_continuum.reserve(size_t(this->servers().size()) * PointsPerServer);
    for (int s = 0; s < this->servers().size(); ++s)
        for (int p = 0; p < PointsPerServer; ++p)
            m_continuum.push_back({hashing::oneAtATime(pointName(this->servers()[s], p)), s});
    // Equal values keep insertion order, as glibc's merge-sort qsort does.
    std::stable_sort(m_continuum.begin(), m_continuum.end(),
                     [](const Point& a, const Point& b) { return a.value < b.value; });
}

int KetamaPlacement::home(QByteArrayView key) const
{
    const quint32 hash = hashing::oneAtATime(key);
    auto it = std::lower_bound(m_continuum.begin(), m_continuum.end(), hash,
                               [](const Point& p, quint32 h) { return p.value < h; });
    if (it == m_continuum.end())
        it = m_continuum.begin();
    return it->server;
}

} // namespace lockboard
