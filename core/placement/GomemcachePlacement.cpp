#include "core/placement/GomemcachePlacement.h"

#include "core/placement/Hashing.h"

namespace lockboard {

GomemcachePlacement::GomemcachePlacement(QList<ServerSpec> servers)
    : Placement(ClientLibrary::Gomemcache, std::move(servers))
{}

int GomemcachePlacement::home(QByteArrayView key) const
{
    if (servers().size() == 1)
        return 0;
    return int(hashing::crc32(key.first(std::min<qsizetype>(key.size(), HashedBytes))) %
               quint32(servers().size()));
}

} // namespace lockboard
