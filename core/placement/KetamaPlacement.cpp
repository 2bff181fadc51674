#include "core/placement/KetamaPlacement.h"

#include "core/placement/Hashing.h"

namespace lockboard {

QByteArray KetamaPlacement::pointName(const ServerSpec& server, int point)
{
    QByteArray name = server.host().toUtf8();
    if (server.port() != ServerSpec::DefaultPort)
        name += ':' + QByteArray::number(server.port());
    return name + '-' + QByteArray::number(point);
}

KetamaPlacement::KetamaPlacement(ClientLibrary library, QList<ServerSpec> servers)
    : Placement(library, std::move(servers))
{
    m_continuum.reserve(size_t(this->servers().size()) * PointsPerServer);
    for (int s = 0; s < this->servers().size(); ++s)
        for (int p = 0; p < PointsPerServer; ++p)
            m_continuum.add(hashing::oneAtATime(pointName(this->servers()[s], p)), s);
    m_continuum.sort();
}

int KetamaPlacement::home(QByteArrayView key) const
{
    return m_continuum.atOrAbove(hashing::oneAtATime(key));
}

} // namespace lockboard
