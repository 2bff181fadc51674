#include "core/placement/PythonMemcachedPlacement.h"

#include "core/placement/Hashing.h"

namespace lockboard {

PythonMemcachedPlacement::PythonMemcachedPlacement(QList<ServerSpec> servers)
    : Placement(ClientLibrary::PythonMemcached, std::move(servers))
{
    for (int i = 0; i < this->servers().size(); ++i)
        for (int w = 0; w < this->servers()[i].weight(); ++w)
            m_buckets.append(i);
}

int PythonMemcachedPlacement::home(QByteArrayView key) const
{
    return m_buckets[hashing::pythonMemcached(key) % quint32(m_buckets.size())];
}

QList<int> PythonMemcachedPlacement::attempts(QByteArrayView key) const
{
    QList<int> order;
    order.reserve(ServerRetries);
    quint32 h = hashing::pythonMemcached(key);
    for (int i = 0; i < ServerRetries; ++i) {
        order.append(m_buckets[h % quint32(m_buckets.size())]);
        h = hashing::pythonMemcached(QByteArray(QByteArray::number(h) + QByteArray::number(i)));
    }
    return order;
}

int PythonMemcachedPlacement::rehash(QByteArrayView key, const QList<int>& down) const
{
    for (const int index : attempts(key))
        if (!down.contains(index))
            return index;
    return -1;
}

} // namespace lockboard
