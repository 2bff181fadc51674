#include "core/placement/ModulaPlacement.h"

#include "core/placement/Hashing.h"

namespace lockboard {

ModulaPlacement::ModulaPlacement(ClientLibrary library, QList<ServerSpec> servers)
    : Placement(library, std::move(servers))
{}

int ModulaPlacement::home(QByteArrayView key) const
{
    return int(hashing::oneAtATime(key) % quint32(servers().size()));
}

} // namespace lockboard
