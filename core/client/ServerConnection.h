#pragma once

#include "core/client/OpResult.h"
#include "core/config/ClientOptions.h"
#include "core/config/ServerSpec.h"

#include <QByteArrayView>
#include <QElapsedTimer>

#include <memory>

struct memcached_st;

namespace lockboard {
class MetaConnection;
}

namespace lockboard {

// One libmemcached handle talking to exactly one server: libmemcached never
// chooses a server, so it can never move a key or fail over. With TLS or
// authentication (ClientOptions::security) every operation goes over the meta
// protocol on a MetaConnection instead (libmemcached 1.1 has no TLS, and
// reconnects without authenticating); what each returns is the same. Text protocol
// (the binary protocol changes what a failed add and a -1 expiry mean). After
// any error that leaves the connection in doubt (refused, timeout, reset,
// garbage) the handle is dropped, so the next operation connects afresh,
// once, instead of meeting libmemcached's "server marked dead" state.
// Not thread-safe: one thread at a time.
class ServerConnection
{
public:
    ServerConnection(ServerSpec spec, ClientOptions options);
    ~ServerConnection();
    ServerConnection(const ServerConnection&) = delete;
    ServerConnection& operator=(const ServerConnection&) = delete;

    [[nodiscard]] const ServerSpec& spec() const { return m_spec; }

    [[nodiscard]] OpResult get(Op op, QByteArrayView key);
    [[nodiscard]] OpResult store(Op op, QByteArrayView key, QByteArrayView value, qint64 ttl,
                                 quint32 flags, quint64 cas = 0);
    [[nodiscard]] OpResult remove(QByteArrayView key);
    [[nodiscard]] OpResult arithmetic(Op op, QByteArrayView key, quint32 delta);
    [[nodiscard]] OpResult touch(QByteArrayView key, qint64 ttl);
    [[nodiscard]] OpResult stats(QByteArrayView args);

    // Meta protocol (memcached >= 1.6), on a socket of its own.
    [[nodiscard]] OpResult metaAdd(QByteArrayView key, QByteArrayView value, qint64 ttl,
                                   quint32 flags);
    [[nodiscard]] OpResult metaCas(QByteArrayView key, QByteArrayView value, quint64 cas,
                                   qint64 ttl, quint32 flags);
    [[nodiscard]] OpResult metaDelete(QByteArrayView key, quint64 cas);
    [[nodiscard]] OpResult metaGet(QByteArrayView key);

private:
    struct HandleDeleter
    {
        void operator()(memcached_st* handle) const;
    };

    memcached_st* handle();
    MetaConnection& metaConnection();
    // Whether a fresh connection to the server is refused (nothing listens).
    [[nodiscard]] bool isRefused() const;
    // Sends a meta request and turns the reply into the result: the codes in
    // success are the operation's success, HD/VA flags fill cas, ttl, flags.
    [[nodiscard]] OpResult meta(Op op, QByteArrayView key, const QByteArray& request);
    // Times the request, connects first when needed, and finishes the result.
    template <typename Request> OpResult run(Op op, QByteArrayView key, Request&& request);
    // Turns libmemcached's return code into the result's outcome, message and
    // elapsed time, and drops the handle when the connection can no longer be
    // trusted.
    [[nodiscard]] OpResult finish(OpResult result, const QElapsedTimer& clock, int returnCode);

    ServerSpec m_spec;
    ClientOptions m_options;
    std::unique_ptr<memcached_st, HandleDeleter> m_handle;
    bool m_handleAnswered = false; // the server has answered on m_handle's connection
    std::unique_ptr<MetaConnection> m_meta;
};

} // namespace lockboard
