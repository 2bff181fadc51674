#include "core/lock/DistributedLock.h"

#include "core/client/Client.h"
#include "core/common/Quote.h"
#include "core/common/Ttl.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QThread>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace lockboard {

namespace {

// The words of this file, in the context "lockboard::lock" for translators.
class LockText
{
    Q_DECLARE_TR_FUNCTIONS(lockboard::lock)
};

} // namespace

namespace {

// The seed's schedule: ((i + 1) * random() + 2^i) / 2.5 seconds.
std::chrono::milliseconds seedBackoff(int attempt)
{
    const double seconds =
        ((attempt + 1) * QRandomGenerator::global()->generateDouble() + std::pow(2.0, attempt)) /
        2.5;
    return std::chrono::milliseconds(qint64(seconds * 1000));
}

QString ttlText(qint64 ttl)
{
    if (ttl == ttl::Never)
        return LockText::tr("no expiry");
    if (ttl < 0)
        return LockText::tr("expiry unknown");
    return LockText::tr("%1 s left").arg(ttl);
}

} // namespace

DistributedLock::DistributedLock(Client& client, QString name, LockOptions options)
    : m_client(client)
    , m_name(std::move(name))
    , m_options(std::move(options))
{
    if (auto key = m_client.profile().keys.lockKey(m_name))
        m_key = std::move(key).value();
    else
        m_keyError = key.error().message;
    if (!m_options.backoff)
        m_options.backoff = seedBackoff;
    m_quotedName = quote(m_name);
}

DistributedLock::~DistributedLock()
{
    if (m_held)
        release();
}

LockResult DistributedLock::start() const
{
    LockResult result;
    result.name = m_name;
    result.key = m_key;
    return result;
}

LockResult DistributedLock::finished(LockResult& result, LockStatus status,
                                     const QString& message) const
{
    // By reference: the message may have been built from result's own fields.
    result.status = status;
    result.server = result.last.server;
    result.serverName = result.last.serverName;
    result.message = message;
    return std::move(result);
}

void DistributedLock::describeHolder(LockResult& result)
{
    const OpResult holder = m_client.metaGet(m_key);
    if (holder.outcome != Outcome::Found)
        return; // released between our add and this read: say only "held"
    result.holderValue = holder.value;
    result.holderFlags = holder.flags;
    result.holderTtl = holder.ttl;
    result.holder = OwnerToken::parse(holder.value);
}

LockResult DistributedLock::acquire()
{
    LockResult result = start();
    if (m_key.isEmpty())
        return finished(result, LockStatus::Failed, u"lock %1: %2"_s.arg(m_quotedName, m_keyError));
    if (m_held)
        return finished(result, LockStatus::Failed,
                        LockText::tr("lock %1 is already held by this object").arg(m_quotedName));

    const std::optional<QDeadlineTimer> deadline =
        m_options.wait ? std::optional<QDeadlineTimer>(QDeadlineTimer(m_options.wait->count()))
                       : std::nullopt;
    for (int attempt = 0;; ++attempt) {
        m_owner = OwnerToken::forThisProcess();
        m_value = m_owner.toValue();
        result.last = m_client.metaAdd(m_key, m_value, m_options.ttl);
        result.attempts = attempt + 1;
        const OpResult& added = result.last;
        if (added.outcome == Outcome::Stored) {
            m_held = true;
            m_cas = added.cas;
            m_fencingToken = added.cas;
            result.fencingToken = added.cas;
            return finished(result, LockStatus::Acquired,
                            LockText::tr("lock %1 acquired on %2 (fencing token %3)")
                                .arg(m_quotedName, added.serverName, QString::number(added.cas)));
        }
        if (isUnavailable(added.outcome))
            return finished(result, LockStatus::Unavailable,
                            LockText::tr("lock %1: its home server is unavailable, so it was "
                                         "neither taken nor found free: %2")
                                .arg(m_quotedName, added.message));
        if (added.outcome != Outcome::NotStored)
            return finished(result, LockStatus::Failed,
                            u"lock %1: %2"_s.arg(m_quotedName, added.message));

        // Held by another: pause and try again, or give up.
        if (deadline ? deadline->hasExpired() : attempt + 1 >= m_options.attempts)
            break;
        std::chrono::milliseconds pause = m_options.backoff(attempt);
        if (deadline)
            pause = std::min({pause, std::chrono::milliseconds(1000),
                              std::chrono::milliseconds(deadline->remainingTime())});
        QThread::msleep(quint64(std::max<qint64>(pause.count(), 0)));
    }

    describeHolder(result);
    QString holder;
    if (result.holder)
        holder = LockText::tr("by Lockboard on %1").arg(result.holder->describe());
    else if (!result.holderValue.isEmpty())
        holder = LockText::tr("by a client that stored %1 (flags %2%3)")
                     .arg(quote(result.holderValue, 60))
                     .arg(result.holderFlags)
                     .arg(result.holderValue == "1"
                              ? LockText::tr(", as Django's cache.add(key, 1) does")
                              : QString());
    else
        holder = LockText::tr("by another holder");
    return finished(
        result, LockStatus::Held,
        result.attempts == 1
            ? LockText::tr("lock %1 is held on %2 %3; %4 (after 1 try)")
                  .arg(m_quotedName, result.last.serverName, holder, ttlText(result.holderTtl))
            : LockText::tr("lock %1 is held on %2 %3; %4 (after %5 tries)")
                  .arg(m_quotedName, result.last.serverName, holder, ttlText(result.holderTtl),
                       QString::number(result.attempts)));
}

LockResult DistributedLock::refresh()
{
    LockResult result = start();
    result.fencingToken = m_fencingToken;
    if (!m_held)
        return finished(result, LockStatus::NotHeld,
                        LockText::tr("lock %1 is not held by this object").arg(m_quotedName));
    if (!m_owner.fence) {
        // The refresh changes the item's CAS: write the fencing token into the
        // value, so that readers (the inspector) still know it.
        m_owner.fence = m_fencingToken;
        m_value = m_owner.toValue();
    }
    result.last = m_client.metaCas(m_key, m_value, m_cas, m_options.ttl);
    const OpResult& refreshed = result.last;
    switch (refreshed.outcome) {
    case Outcome::Stored:
        m_cas = refreshed.cas;
        return finished(result, LockStatus::Refreshed,
                        LockText::tr("lock %1 refreshed on %2: %3 s more")
                            .arg(m_quotedName, refreshed.serverName)
                            .arg(m_options.ttl));
    case Outcome::Exists:
        m_held = false;
        return finished(
            result, LockStatus::NotHeld,
            LockText::tr("lock %1 was lost on %2: it expired and was taken over by another holder")
                .arg(m_quotedName, refreshed.serverName));
    case Outcome::NotFound:
        m_held = false;
        return finished(result, LockStatus::NotHeld,
                        LockText::tr("lock %1 was lost on %2: it expired (or was released by "
                                     "force, or the server restarted)")
                            .arg(m_quotedName, refreshed.serverName));
    default:
        return finished(
            result, isUnavailable(refreshed.outcome) ? LockStatus::Unavailable : LockStatus::Failed,
            LockText::tr("lock %1 could not be refreshed: %2")
                .arg(m_quotedName, refreshed.message));
    }
}

LockResult DistributedLock::release()
{
    LockResult result = start();
    result.fencingToken = m_fencingToken;
    if (!m_held)
        return finished(result, LockStatus::NotHeld,
                        LockText::tr("lock %1 was not released: this object does not hold it")
                            .arg(m_quotedName));
    m_held = false; // whatever happens now, this object stops believing it holds the lock
    result.last = m_client.metaDelete(m_key, m_cas);
    const OpResult& deleted = result.last;
    switch (deleted.outcome) {
    case Outcome::Deleted:
        return finished(
            result, LockStatus::Released,
            LockText::tr("lock %1 released on %2").arg(m_quotedName, deleted.serverName));
    case Outcome::Exists:
        return finished(result, LockStatus::NotHeld,
                        LockText::tr("lock %1 was not released: it had expired and another holder "
                                     "has it now on %2; their lock was left alone")
                            .arg(m_quotedName, deleted.serverName));
    case Outcome::NotFound:
        return finished(result, LockStatus::NotHeld,
                        LockText::tr("lock %1 was not released: it had already expired on %2")
                            .arg(m_quotedName, deleted.serverName));
    default:
        return finished(
            result, isUnavailable(deleted.outcome) ? LockStatus::Unavailable : LockStatus::Failed,
            LockText::tr("lock %1 could not be released (it will expire by its TTL): %2")
                .arg(m_quotedName, deleted.message));
    }
}

LockGuard::LockGuard(Client& client, QString name, LockOptions options)
    : m_lock(client, std::move(name), std::move(options))
    , m_result(m_lock.acquire())
{}

LockGuard::~LockGuard() = default; // DistributedLock releases what it holds

} // namespace lockboard
