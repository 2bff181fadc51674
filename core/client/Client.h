#pragma once

#include "core/client/ClientCounters.h"
#include "core/client/OpResult.h"
#include "core/config/ClientOptions.h"
#include "core/config/Profile.h"
#include "core/placement/Placement.h"

#include <memory>
#include <vector>

namespace lockboard {

class ServerConnection;

// The client that never moves a key and never hides a failure.
//
// Every operation goes to the key's home server, computed by the profile's
// placement (the application's own client library), over a libmemcached
// handle of its own that knows no other server. If the home cannot be used,
// the operation fails with a result naming it; no other server is ever tried.
// Every operation returns an OpResult: its outcome, the server, the elapsed
// time and a message for an operator. Keys are memcached keys (after the
// key function) and are validated before anything is sent.
//
// Threads: a Client is not thread-safe (libmemcached handles are not); use it
// from one thread at a time, and make one per thread that needs one. Clients
// may share one ClientCounters, which any thread may read at any time.
class Client
{
public:
    explicit Client(Profile profile, ClientOptions options = {},
                    std::shared_ptr<ClientCounters> counters = {});
    ~Client();
    Client(const Client&) = delete;
    Client& operator=(const Client&) = delete;

    [[nodiscard]] const Profile& profile() const { return m_profile; }
    [[nodiscard]] const ClientOptions& options() const { return m_options; }
    [[nodiscard]] const Placement& placement() const { return *m_placement; }
    [[nodiscard]] const std::shared_ptr<ClientCounters>& counters() const { return m_counters; }

    [[nodiscard]] OpResult get(const QByteArray& key);
    [[nodiscard]] OpResult gets(const QByteArray& key);
    // ttl in seconds as memcached reads it: 0 never expires, up to 30 days
    // relative, beyond that a Unix time; negative is already expired.
    [[nodiscard]] OpResult set(const QByteArray& key, const QByteArray& value, qint64 ttl = 0,
                               quint32 flags = 0);
    [[nodiscard]] OpResult add(const QByteArray& key, const QByteArray& value, qint64 ttl = 0,
                               quint32 flags = 0);
    [[nodiscard]] OpResult replace(const QByteArray& key, const QByteArray& value, qint64 ttl = 0,
                                   quint32 flags = 0);
    [[nodiscard]] OpResult cas(const QByteArray& key, const QByteArray& value, quint64 cas,
                               qint64 ttl = 0, quint32 flags = 0);
    [[nodiscard]] OpResult remove(const QByteArray& key);
    [[nodiscard]] OpResult increment(const QByteArray& key, quint32 delta = 1);
    [[nodiscard]] OpResult decrement(const QByteArray& key, quint32 delta = 1);
    [[nodiscard]] OpResult touch(const QByteArray& key, qint64 ttl);
    // Meta protocol (memcached >= 1.6), one round trip each:
    // add that returns the new item's CAS (ms ... ME c);
    [[nodiscard]] OpResult metaAdd(const QByteArray& key, const QByteArray& value, qint64 ttl,
                                   quint32 flags = 0);
    // set only if the CAS still matches, returning the new CAS (ms ... C<cas> c);
    [[nodiscard]] OpResult metaCas(const QByteArray& key, const QByteArray& value, quint64 cas,
                                   qint64 ttl, quint32 flags = 0);
    // delete only if the CAS still matches (md ... C<cas>): Deleted, Exists or NotFound;
    [[nodiscard]] OpResult metaDelete(const QByteArray& key, quint64 cas);
    // value, flags, CAS and seconds left (mg ... t c f v).
    [[nodiscard]] OpResult metaGet(const QByteArray& key);

    // "stats" (args empty) or "stats <args>" ("settings", "conns", ...) of one server.
    [[nodiscard]] OpResult stats(int server, const QByteArray& args = {});

private:
    template <typename Operation>
    OpResult onHome(Op op, const QByteArray& key, Operation&& operation);
    OpResult recorded(OpResult result, int server);

    Profile m_profile;
    ClientOptions m_options;
    std::unique_ptr<Placement> m_placement;
    std::vector<std::unique_ptr<ServerConnection>> m_connections;
    std::shared_ptr<ClientCounters> m_counters;
};

} // namespace lockboard
