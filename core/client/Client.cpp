#include "core/client/Client.h"

#include "core/client/ServerConnection.h"

using namespace Qt::StringLiterals;

namespace lockboard {

Client::Client(Profile profile, ClientOptions options, std::shared_ptr<ClientCounters> counters)
    : m_profile(std::move(profile))
    , m_options(options)
    , m_placement(Placement::create(m_profile.client, m_profile.servers))
    , m_counters(counters ? std::move(counters)
                          : std::make_shared<ClientCounters>(int(m_profile.servers.size())))
{
    Q_ASSERT(m_counters->serverCount() == m_profile.servers.size());
    for (const ServerSpec& server : m_profile.servers)
        m_connections.push_back(std::make_unique<ServerConnection>(server, m_options));
}

Client::~Client() = default;

OpResult Client::recorded(OpResult result, int server)
{
    result.server = server;
    result.serverName = m_profile.servers[server].name();
    m_counters->record(result);
    return result;
}

template <typename Operation>
OpResult Client::onHome(Op op, const QByteArray& key, Operation&& operation)
{
    if (!KeyScheme::isValidKey(key)) {
        OpResult refused;
        refused.op = op;
        refused.outcome = Outcome::InvalidKey;
        refused.key = key;
        refused.message = KeyScheme::checkKey(key).error().message;
        return refused; // nothing was sent: no server to name or count
    }
    const int home = m_placement->home(key);
    return recorded(operation(*m_connections[size_t(home)]), home);
}

OpResult Client::get(const QByteArray& key)
{
    return onHome(Op::Get, key, [&](ServerConnection& c) { return c.get(Op::Get, key); });
}

OpResult Client::gets(const QByteArray& key)
{
    return onHome(Op::Gets, key, [&](ServerConnection& c) { return c.get(Op::Gets, key); });
}

OpResult Client::set(const QByteArray& key, const QByteArray& value, qint64 ttl, quint32 flags)
{
    return onHome(Op::Set, key,
                  [&](ServerConnection& c) { return c.store(Op::Set, key, value, ttl, flags); });
}

OpResult Client::add(const QByteArray& key, const QByteArray& value, qint64 ttl, quint32 flags)
{
    return onHome(Op::Add, key,
                  [&](ServerConnection& c) { return c.store(Op::Add, key, value, ttl, flags); });
}

OpResult Client::replace(const QByteArray& key, const QByteArray& value, qint64 ttl, quint32 flags)
{
    return onHome(Op::Replace, key, [&](ServerConnection& c) {
        return c.store(Op::Replace, key, value, ttl, flags);
    });
}

OpResult Client::cas(const QByteArray& key, const QByteArray& value, quint64 cas, qint64 ttl,
                     quint32 flags)
{
    return onHome(Op::Cas, key, [&](ServerConnection& c) {
        return c.store(Op::Cas, key, value, ttl, flags, cas);
    });
}

OpResult Client::remove(const QByteArray& key)
{
    return onHome(Op::Delete, key, [&](ServerConnection& c) { return c.remove(key); });
}

OpResult Client::increment(const QByteArray& key, quint32 delta)
{
    return onHome(Op::Increment, key,
                  [&](ServerConnection& c) { return c.arithmetic(Op::Increment, key, delta); });
}

OpResult Client::decrement(const QByteArray& key, quint32 delta)
{
    return onHome(Op::Decrement, key,
                  [&](ServerConnection& c) { return c.arithmetic(Op::Decrement, key, delta); });
}

OpResult Client::touch(const QByteArray& key, qint64 ttl)
{
    return onHome(Op::Touch, key, [&](ServerConnection& c) { return c.touch(key, ttl); });
}

OpResult Client::metaAdd(const QByteArray& key, const QByteArray& value, qint64 ttl, quint32 flags)
{
    return onHome(Op::Add, key,
                  [&](ServerConnection& c) { return c.metaAdd(key, value, ttl, flags); });
}

OpResult Client::metaCas(const QByteArray& key, const QByteArray& value, quint64 cas, qint64 ttl,
                         quint32 flags)
{
    return onHome(Op::Cas, key,
                  [&](ServerConnection& c) { return c.metaCas(key, value, cas, ttl, flags); });
}

OpResult Client::metaDelete(const QByteArray& key, quint64 cas)
{
    return onHome(Op::Delete, key, [&](ServerConnection& c) { return c.metaDelete(key, cas); });
}

OpResult Client::metaGet(const QByteArray& key)
{
    return onHome(Op::Gets, key, [&](ServerConnection& c) { return c.metaGet(key); });
}

OpResult Client::stats(int server, const QByteArray& args)
{
    Q_ASSERT(server >= 0 && server < int(m_connections.size()));
    return recorded(m_connections[size_t(server)]->stats(args), server);
}

} // namespace lockboard
