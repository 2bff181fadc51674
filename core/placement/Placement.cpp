#include "core/placement/Placement.h"

#include "core/placement/DalliPlacement.h"
#include "core/placement/GomemcachePlacement.h"
#include "core/placement/KetamaPlacement.h"
#include "core/placement/ModulaPlacement.h"
#include "core/placement/PythonMemcachedPlacement.h"
#include "core/placement/RendezvousPlacement.h"
#include "core/placement/WeightedKetamaPlacement.h"

#include <QCoreApplication>

#include <algorithm>

namespace lockboard {

namespace {

// The words of this file, in the context "lockboard::placement" for translators.
class PlacementText
{
    Q_DECLARE_TR_FUNCTIONS(lockboard::placement)
};

} // namespace

Placement::Placement(ClientLibrary library, QList<ServerSpec> servers)
    : m_library(library)
    , m_servers(std::move(servers))
    , m_failover(failoverOf(library, {}))
{
    Q_ASSERT(!m_servers.isEmpty());
}

std::unique_ptr<Placement> Placement::create(ClientLibrary library, QList<ServerSpec> servers,
                                             const QJsonObject& options)
{
    std::unique_ptr<Placement> placement = make(library, std::move(servers));
    placement->m_failover = failoverOf(library, options);
    return placement;
}

std::unique_ptr<Placement> Placement::make(ClientLibrary library, QList<ServerSpec> servers)
{
    switch (library) {
    case ClientLibrary::PythonMemcached:
        return std::make_unique<PythonMemcachedPlacement>(std::move(servers));
    case ClientLibrary::Pymemcache:
        return std::make_unique<RendezvousPlacement>(std::move(servers));
    case ClientLibrary::Pylibmc:
    case ClientLibrary::PhpMemcached:
        return std::make_unique<ModulaPlacement>(library, std::move(servers));
    case ClientLibrary::PylibmcKetama:
        return std::make_unique<KetamaPlacement>(library, std::move(servers));
    case ClientLibrary::PhpMemcachedKetama:
    case ClientLibrary::NodeMemcached:
        return std::make_unique<WeightedKetamaPlacement>(library, std::move(servers));
    case ClientLibrary::Dalli:
        return std::make_unique<DalliPlacement>(std::move(servers));
    case ClientLibrary::Gomemcache:
        return std::make_unique<GomemcachePlacement>(std::move(servers));
    }
    Q_UNREACHABLE();
    return nullptr;
}

int Placement::landing(QByteArrayView key, const QList<int>& down) const
{
    return PlacementOutage(*this, down).landing(key);
}

int Placement::rehash(QByteArrayView, const QList<int>&) const
{
    return -1;
}

PlacementOutage::PlacementOutage(const Placement& placement, QList<int> down)
    : m_placement(placement)
    , m_down(std::move(down))
{
    if (m_placement.failover() != Failover::Removes || m_down.isEmpty())
        return;
    QList<ServerSpec> live;
    for (int i = 0; i < m_placement.servers().size(); ++i) {
        if (m_down.contains(i))
            continue;
        live.append(m_placement.servers()[i]);
        m_liveIndex.append(i);
    }
    // The same library on the servers left: the ring it rebuilds (same
    // names, weights over the live servers).
    if (!live.isEmpty())
        m_live = Placement::make(m_placement.library(), std::move(live));
}

PlacementOutage::~PlacementOutage() = default;

int PlacementOutage::landing(QByteArrayView key) const
{
    if (m_down.isEmpty())
        return m_placement.home(key);
    switch (m_placement.failover()) {
    case Failover::Fails: {
        const int home = m_placement.home(key);
        return m_down.contains(home) ? -1 : home;
    }
    case Failover::Removes:
        return m_live ? m_liveIndex[m_live->home(key)] : -1;
    case Failover::Rehashes: {
        const int home = m_placement.home(key);
        return m_down.contains(home) ? m_placement.rehash(key, m_down) : home;
    }
    }
    return -1;
}

QString Placement::refusal(QByteArrayView key) const
{
    switch (m_library) {
    case ClientLibrary::PhpMemcached:
    case ClientLibrary::PhpMemcachedKetama:
    case ClientLibrary::Gomemcache:
        if (!std::all_of(key.begin(), key.end(), [](char c) { return c > ' ' && c < 0x7F; }))
            return PlacementText::tr("never sent: %1 takes printable ASCII keys only")
                .arg(clientLibraryName(m_library));
        return QString();
    case ClientLibrary::NodeMemcached:
        // It sends command.replace(key, key): in the replacement, these are
        // String.replace patterns, so the key is stored under another name
        // ("$$" -> "$", "$&" -> the key again) or the line is garbled.
        for (const char* pattern : {"$&", "$`", "$'", "$$"})
            if (key.contains(QByteArrayView(pattern)))
                return PlacementText::tr("never stored as written: %1 rewrites %2 in a key on "
                                         "the wire")
                    .arg(clientLibraryName(m_library), QString::fromLatin1(pattern));
        return QString();
    default:
        return QString();
    }
}

} // namespace lockboard
