#include "core/placement/WeightedKetamaPlacement.h"

#include "core/placement/Hashing.h"
#include "core/placement/KetamaPlacement.h"

#include <cmath>

namespace lockboard {

int WeightedKetamaPlacement::names(ClientLibrary library, int weight, int totalWeight, int servers)
{
    if (library == ClientLibrary::NodeMemcached)
        return int(std::floor(double(weight) / double(totalWeight) * 40.0 * double(servers)));
    // libmemcached 1.1 (hosts.cc): pct = (float)weight / (float)total, then
    // floorf(pct * 160 / 4 * (float)servers + 0.0000000001), all in floats.
    const float share = float(weight) / float(totalWeight);
    const float perServer = share * 160.0f / 4.0f * float(servers);
    return int(std::floor(double(perServer) + 0.0000000001));
}

WeightedKetamaPlacement::WeightedKetamaPlacement(ClientLibrary library, QList<ServerSpec> servers)
    : Placement(library, std::move(servers))
{
    const QList<ServerSpec>& list = this->servers();
    int total = 0;
    for (const ServerSpec& server : list)
        total += server.weight();
    for (int s = 0; s < list.size(); ++s) {
        const int count = names(library, list[s].weight(), total, int(list.size()));
        for (int i = 0; i < count; ++i) {
            const QByteArray name = KetamaPlacement::pointName(list[s], i);
            for (int word = 0; word < 4; ++word)
                m_continuum.add(hashing::md5Word(name, word), s);
        }
    }
    m_continuum.sort();
}

int WeightedKetamaPlacement::home(QByteArrayView key) const
{
    if (servers().size() == 1 || m_continuum.empty())
        return 0;
    return m_continuum.atOrAbove(hashing::md5Word(key));
}

} // namespace lockboard
