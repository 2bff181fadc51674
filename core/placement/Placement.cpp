#include "core/placement/Placement.h"

#include "core/placement/KetamaPlacement.h"
#include "core/placement/ModulaPlacement.h"
#include "core/placement/PythonMemcachedPlacement.h"
#include "core/placement/RendezvousPlacement.h"

namespace lockboard {

Placement::Placement(ClientLibrary library, QList<ServerSpec> servers)
    : m_library(library)
    , m_servers(std::move(servers))
{
    Q_ASSERT(!m_servers.isEmpty());
}

std::unique_ptr<Placement> Placement::create(ClientLibrary library, QList<ServerSpec> servers)
{
    switch (library) {
    case ClientLibrary::PythonMemcached:
        return std::make_unique<PythonMemcachedPlacement>(std::move(servers));
    case ClientLibrary::Pymemcache:
        return std::make_unique<RendezvousPlacement>(std::move(servers));
    case ClientLibrary::Pylibmc:
        return std::make_unique<ModulaPlacement>(std::move(servers));
    case ClientLibrary::PylibmcKetama:
        return std::make_unique<KetamaPlacement>(std::move(servers));
    }
    Q_UNREACHABLE();
    return nullptr;
}

int Placement::landing(QByteArrayView key, const QList<int>& down) const
{
    const int index = home(key);
    return down.contains(index) ? -1 : index;
}

} // namespace lockboard
