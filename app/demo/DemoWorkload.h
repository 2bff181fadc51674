#pragma once

#include "core/client/ClientCounters.h"
#include "core/config/Profile.h"

#include <QDateTime>
#include <QObject>
#include <QRandomGenerator>

#include <memory>
#include <vector>

class QTimer;

namespace lockboard {

class Client;
class DistributedLock;

// The demo cluster's applications, on a worker thread of their own (the
// client blocks). start() waits for the servers to answer, seeds what an
// operator meets in an incident, then keeps a workload running:
//
// - locks held the way the seed's Django recipe holds them (value 1, flags 2),
//   one with no TTL, a stale Lockboard lock whose holder is gone, and a split
//   lock: a copy on the key's home and one where python-memcached's rehash puts
//   it while the home is unreachable (Placement::landing, which the placement
//   vectors check against python-memcached itself);
// - four workers taking and releasing a few contended Lockboard locks, cache
//   reads and writes, and now and then a set too large for the server, which
//   it refuses (a failed set).
class DemoWorkload : public QObject
{
    Q_OBJECT

public:
    // The workload's clients record into `counters` (one per server).
    DemoWorkload(Profile profile, std::shared_ptr<ClientCounters> counters,
                 QObject* parent = nullptr);
    ~DemoWorkload() override;

    // The lock names the demo seeds, for tests and the README.
    static constexpr auto SplitLock = "payroll-close";
    static constexpr auto NoTtlLock = "schema-migration";
    static constexpr auto StaleLock = "invoice-export";

public Q_SLOTS:
    void start();
    // Releases the workers' locks and stops working (on the workload's thread).
    void finish();

Q_SIGNALS:
    void ready();
    void failed(const QString& message);

private:
    struct Worker
    {
        QString name;
        std::unique_ptr<DistributedLock> lock;
        QDateTime releaseAt;
    };

    [[nodiscard]] bool waitForServers(QString* error);
    [[nodiscard]] bool seed(QString* error);
    void step();

    Profile m_profile;
    std::shared_ptr<ClientCounters> m_counters;
    std::unique_ptr<Client> m_client;
    std::vector<Worker> m_workers;
    QTimer* m_timer = nullptr;
    QRandomGenerator m_random;
    int m_steps = 0;
};

} // namespace lockboard
