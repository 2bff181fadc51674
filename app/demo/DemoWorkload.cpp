#include "app/demo/DemoWorkload.h"

#include "core/client/Client.h"
#include "core/lock/DistributedLock.h"
#include "core/lock/OwnerToken.h"

#include <QCoreApplication>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

constexpr quint32 DjangoIntFlags = 2; // python-memcached's flag for an int value
constexpr int CacheKeys = 2000;
const QStringList ContendedLocks{u"orders-sync"_s, u"cache-warmup"_s, u"email-digest"_s};

} // namespace

DemoWorkload::DemoWorkload(Profile profile, std::shared_ptr<ClientCounters> counters,
                           QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_counters(std::move(counters))
    , m_random(QRandomGenerator::securelySeeded())
{}

DemoWorkload::~DemoWorkload() = default; // workers' locks are released by their destructors

void DemoWorkload::start()
{
    m_client = std::make_unique<Client>(m_profile, ClientOptions{}, m_counters);
    QString error;
    if (!waitForServers(&error) || !seed(&error)) {
        Q_EMIT failed(error);
        return;
    }
    for (int i = 1; i <= 4; ++i)
        m_workers.push_back({u"worker-%1"_s.arg(i), nullptr, {}});
    m_timer = new QTimer(this);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &DemoWorkload::step);
    m_timer->start();
    Q_EMIT ready();
}

void DemoWorkload::finish()
{
    if (m_timer)
        m_timer->stop();
    m_workers.clear(); // each worker's lock is released by its destructor
}

bool DemoWorkload::waitForServers(QString* error)
{
    // This is the workload's own thread: waiting here blocks nobody.
    for (int server = 0; server < m_profile.servers.size(); ++server) {
        OpResult answer;
        for (int attempt = 0; attempt < 50; ++attempt) {
            answer = m_client->stats(server);
            if (answer.ok())
                break;
            QThread::msleep(100);
        }
        if (!answer.ok()) {
            *error = tr("The demo server %1 did not start: %2")
                         .arg(m_profile.servers[server].name(), answer.message);
            return false;
        }
    }
    return true;
}

bool DemoWorkload::seed(QString* error)
{
    const KeyScheme& keys = m_profile.keys;
    const auto check = [&](const OpResult& result) {
        if (!result.ok() && error->isEmpty())
            *error = tr("Could not seed the demo cluster: %1").arg(result.message);
        return result.ok();
    };
    const auto djangoLock = [&](const QString& name, qint64 ttl) {
        return check(m_client->add(*keys.lockKey(name), "1", ttl, DjangoIntFlags));
    };

    for (int i = 0; i < CacheKeys; ++i) {
        if (!check(m_client->set(*keys.cacheKey(u"views.page.%1"_s.arg(i)),
                                 QByteArray(64 + i % 200, 'x'), 3600)))
            return false;
    }
    if (!djangoLock(u"nightly-report"_s, 120) || !djangoLock(u"send-newsletter"_s, 600) ||
        !djangoLock(QString::fromLatin1(NoTtlLock), 0))
        return false;

    // A Lockboard lock whose holder, on another machine, died three hours ago.
    OwnerToken gone;
    gone.host = u"batch-7"_s;
    gone.pid = 31337;
    gone.nonce = "5eed0000c0ffee00";
    gone.acquired = QDateTime::currentDateTimeUtc().addSecs(-3 * 3600);
    if (!check(m_client->add(*keys.lockKey(QString::fromLatin1(StaleLock)), gone.toValue(),
                             24 * 3600)))
        return false;

    // The seed's double grant: one worker reached the home, another found it
    // unreachable and python-memcached rehashed the key to a second server.
    const QByteArray split = *keys.lockKey(QString::fromLatin1(SplitLock));
    const auto pythonMemcached =
        Placement::create(ClientLibrary::PythonMemcached, m_profile.servers);
    const int home = pythonMemcached->home(split);
    const int rehashed = pythonMemcached->landing(split, {home});
    if (rehashed < 0 || rehashed == home) {
        *error = tr("The demo's split lock has nowhere to go: it needs two servers");
        return false;
    }
    Profile rehashedOnly = m_profile;
    rehashedOnly.servers = {m_profile.servers[rehashed]};
    Client elsewhere(rehashedOnly);
    return djangoLock(QString::fromLatin1(SplitLock), 300) &&
           check(elsewhere.add(split, "1", 300, DjangoIntFlags));
}

void DemoWorkload::step()
{
    ++m_steps;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (Worker& worker : m_workers) {
        if (worker.lock && now >= worker.releaseAt) {
            (void)worker.lock->release();
            worker.lock.reset();
        } else if (!worker.lock && m_random.bounded(100) < 30) {
            const QString name = ContendedLocks[m_random.bounded(int(ContendedLocks.size()))];
            LockOptions options;
            options.ttl = 30;
            auto lock = std::make_unique<DistributedLock>(*m_client, name, options);
            if (lock->acquire().ok()) {
                worker.lock = std::move(lock);
                worker.releaseAt = now.addMSecs(2000 + m_random.bounded(6000));
            }
        }
    }
    for (int i = 0; i < 20; ++i) {
        const QByteArray key = *m_profile.keys.cacheKey(
            u"views.page.%1"_s.arg(m_random.bounded(CacheKeys + CacheKeys / 10)));
        if (m_random.bounded(4) == 0)
            (void)m_client->set(key, QByteArray(80, 'y'), 3600);
        else
            (void)m_client->get(key);
    }
    // About every 10 s, a value bigger than the server's 1 MB item limit.
    if (m_steps % 40 == 0)
        (void)m_client->set(*m_profile.keys.cacheKey(u"report.pdf"_s), QByteArray(2 << 20, 'z'));
}

} // namespace lockboard
