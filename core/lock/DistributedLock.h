#pragma once

#include "core/lock/LockOptions.h"
#include "core/lock/LockResult.h"
#include "core/lock/OwnerToken.h"

#include <QString>

namespace lockboard {

class Client;

// A lock in memcached that is safe under faults and interoperates with the
// seed's Django recipe (cache.add('__d_lock_<name>', 1, ttl), cache.delete).
//
// - The key is Django's, KEY_PREFIX:VERSION:__d_lock_<name>, on the home the
//   application's client library computes; the Client never writes anywhere
//   else, so the lock is taken on the home or not at all (Unavailable).
// - Acquire is one add that also returns the item's CAS (meta "ms ... ME c");
//   the value is an OwnerToken naming this host and process.
// - Release and refresh act only if the lock is still this acquisition's:
//   "md ... C<cas>" and "ms ... C<cas>" compare the CAS atomically on the
//   server, so a holder whose lock expired and was taken over can never
//   delete or extend the new holder's lock.
// - The fencing token is the CAS of the acquisition. memcached draws CAS
//   values from one counter per server process that only grows, so every later
//   acquisition of the lock gets a larger token. A server restart resets the
//   counter (and loses the lock); eviction does not reset it. Servers run with
//   -C (CAS disabled) give 0: no fencing.
//
// Blocking: acquire waits between attempts. Use it from the CLI or a worker
// thread, never from a GUI thread. Not thread-safe, like its Client. The
// destructor releases a lock still held.
//
//   Client client(profile);
//   DistributedLock lock(client, u"nightly-report"_s, {.ttl = 60});
//   if (const LockResult taken = lock.acquire(); taken.ok()) {
//       runReport(taken.fencingToken);
//       lock.release();
//   }
class DistributedLock
{
public:
    DistributedLock(Client& client, QString name, LockOptions options = {});
    ~DistributedLock();
    DistributedLock(const DistributedLock&) = delete;
    DistributedLock& operator=(const DistributedLock&) = delete;

    [[nodiscard]] LockResult acquire();
    [[nodiscard]] LockResult refresh();
    LockResult release();

    [[nodiscard]] bool isHeld() const { return m_held; }
    [[nodiscard]] const QString& name() const { return m_name; }
    [[nodiscard]] quint64 fencingToken() const { return m_fencingToken; }
    [[nodiscard]] const OwnerToken& owner() const { return m_owner; }

private:
    [[nodiscard]] LockResult start() const;
    [[nodiscard]] LockResult finished(LockResult& result, LockStatus status,
                                      const QString& message) const;
    void describeHolder(LockResult& result);

    Client& m_client;
    QString m_name;
    QString m_quotedName; // for messages
    LockOptions m_options;
    QByteArray m_key; // empty when the name cannot make a valid key
    QString m_keyError;
    bool m_held = false;
    quint64 m_cas = 0;
    quint64 m_fencingToken = 0;
    QByteArray m_value;
    OwnerToken m_owner;
};

// Takes a lock for a scope and releases it at the scope's end.
//
//   LockGuard guard(client, u"invoice-42"_s, {.ttl = 30, .wait = 10s});
//   if (!guard)
//       return fail(guard.result().message); // held, unavailable, ...
//   chargeCard(guard.result().fencingToken);
class LockGuard
{
public:
    LockGuard(Client& client, QString name, LockOptions options = {});
    ~LockGuard();
    LockGuard(const LockGuard&) = delete;
    LockGuard& operator=(const LockGuard&) = delete;

    explicit operator bool() const { return m_lock.isHeld(); }
    [[nodiscard]] const LockResult& result() const { return m_result; }
    [[nodiscard]] DistributedLock& lock() { return m_lock; }

private:
    DistributedLock m_lock;
    LockResult m_result;
};

} // namespace lockboard
