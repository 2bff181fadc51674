#include "core/placement/RendezvousPlacement.h"

#include "core/placement/Hashing.h"

using namespace Qt::StringLiterals;

namespace lockboard {

QString RendezvousPlacement::nodeName(const ServerSpec& server)
{
    if (server.transport() == ServerSpec::Transport::Unix)
        return server.host();
    return u"%1:%2"_s.arg(server.host()).arg(server.port());
}

RendezvousPlacement::RendezvousPlacement(QList<ServerSpec> servers)
    : Placement(ClientLibrary::Pymemcache, std::move(servers))
{
    for (const ServerSpec& server : this->servers()) {
        const QString node = nodeName(server);
        m_nodes.append(node);
        const QList<uint> units = QString(node + u'-').toUcs4();
        m_prefixes.append(std::u32string(units.begin(), units.end()));
    }
}

int RendezvousPlacement::home(QByteArrayView key) const
{
    // pymemcache hashes the Python str Django hands it: decode the wire bytes
    // back to code points.
    const QList<uint> keyUnits = QString::fromUtf8(key).toUcs4();
    std::u32string text;
    int winner = -1;
    quint32 best = 0;
    for (int i = 0; i < m_prefixes.size(); ++i) {
        text.assign(m_prefixes[i]);
        text.append(keyUnits.begin(), keyUnits.end());
        const quint32 score = hashing::murmur3Chars(text);
        if (winner < 0 || score > best || (score == best && m_nodes[i] > m_nodes[winner])) {
            winner = i;
            best = score;
        }
    }
    return winner;
}

} // namespace lockboard
