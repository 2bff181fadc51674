#pragma once

// What the server-cost benchmarks share: the server's own cost counters, a
// blocking loopback client, the application's request/response traffic with
// its latencies, percentiles, and a wait that keeps the event loop turning.
#include "tests/support/MemcachedServer.h"

#include <QByteArray>

#include <array>
#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

namespace lockboard::bench {

using Clock = std::chrono::steady_clock;

struct ServerCost
{
    double cpuSeconds = 0; // rusage_user + rusage_system
    qint64 bytesWritten = 0;
    // The server's own background work, which its CPU includes: crawls
    // started (ours and its automatic expiry crawls) and items they checked.
    qint64 crawlerStarts = 0;
    qint64 itemsChecked = 0;

    [[nodiscard]] ServerCost since(const ServerCost& before) const
    {
        return {cpuSeconds - before.cpuSeconds, bytesWritten - before.bytesWritten,
                crawlerStarts - before.crawlerStarts, itemsChecked - before.itemsChecked};
    }
};

[[nodiscard]] ServerCost cost(const test::MemcachedServer& server);

// A blocking TCP connection to 127.0.0.1:port (TCP_NODELAY); -1 on failure.
[[nodiscard]] int connectTo(quint16 port);
// One request, read until the reply ends with terminator.
[[nodiscard]] bool roundTrip(int fd, const QByteArray& request, const char* terminator);

// The application's traffic: gets (90%) and sets of "cache:item:<n>" (n below
// keys), spread over the servers by n, at a fixed rate (open loop, so every
// phase sends the same traffic); the latency of every request, in us.
class Load
{
public:
    // valueBytes: the size of the values it sets.
    Load(const std::vector<quint16>& ports, int keys, double rate, int valueBytes = 17);
    ~Load();
    Load(const Load&) = delete;
    Load& operator=(const Load&) = delete;

    // pinCore >= 0: the load's thread runs on that core only.
    void start(int pinCore = -1);
    // Stops; the latencies measured, sorted.
    std::vector<double> stop();

private:
    void run();

    std::vector<int> m_fds;
    int m_keys;
    double m_rate;
    QByteArray m_value;
    int m_pinCore = -1;
    std::atomic<bool> m_running{false};
    std::thread m_thread;
    std::vector<double> m_latencies;
};

[[nodiscard]] double percentile(const std::vector<double>& sorted, double fraction);

// Waits ms while the event loop turns.
void spin(int ms);

// The calling thread, or every thread of process pid, on one core only
// (false: not possible here, for example a machine with one core).
bool pinThisThread(int core);
bool pinProcess(qint64 pid, int core);

} // namespace lockboard::bench
