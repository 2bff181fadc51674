#pragma once

#include "tests/support/Timing.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <algorithm>
#include <time.h>

namespace lockboard::test {

// How long the event loop of this thread was kept from turning while it runs,
// measured between 10 ms timer ticks two ways:
// - busy: this thread's CPU time between two ticks, i.e. work our code did
//   without returning to the loop. It does not grow when other processes
//   take the CPU, so a loaded machine cannot fail a check on it.
// - wall: the longest gap in real time, which also catches the thread
//   waiting (on the network, on a lock) without using the CPU; on a loaded
//   machine it includes time spent waiting for a CPU, so its bounds are loose.
class StallMeter
{
public:
    StallMeter()
    {
        m_ticker.setInterval(10);
        QObject::connect(&m_ticker, &QTimer::timeout, &m_ticker, [this] {
            const qint64 cpu = threadCpuNs();
            if (m_sinceLast.isValid()) {
                m_longest = std::max(m_longest, m_sinceLast.elapsed());
                m_longestBusy = std::max(m_longestBusy, (cpu - m_cpuAtLast) / 1'000'000);
            }
            m_sinceLast.restart();
            m_cpuAtLast = cpu;
        });
    }
    void start() { m_ticker.start(); }
    void stop() { m_ticker.stop(); }
    // A bound of `ms` for this build (timingBound).
    [[nodiscard]] static qint64 bound(qint64 ms) { return timingBound(ms); }
    [[nodiscard]] qint64 longestMs() const { return m_longest; }
    [[nodiscard]] qint64 longestBusyMs() const { return m_longestBusy; }

    // Whether the thread stayed responsive: no stretch of more than busyMs of
    // CPU without turning the loop (scaled for sanitizer builds), and no gap in
    // real time as long as the shortest network timeout (ClientOptions' 1 s
    // connect), whatever the build: a wait on the network uses no CPU, so only
    // this bound sees it, and a blocking wait on a server that never answers
    // lasts a whole timeout. (A tighter real-time bound, such as the 500 ms
    // this had, also catches a loaded machine's wait for a CPU.)
    [[nodiscard]] bool responsive(qint64 busyMs) const { return responsive(busyMs, 950); }
    // The same with a real-time bound of its own, for a test whose real-time
    // gaps are the machine's, not a wait's (many processes on few cores).
    [[nodiscard]] bool responsive(qint64 busyMs, qint64 realMs) const
    {
        return m_longestBusy < bound(busyMs) && m_longest < realMs;
    }
    [[nodiscard]] QString describe() const
    {
        return QStringLiteral("longest event-loop stall: %1 ms busy, %2 ms in real time")
            .arg(m_longestBusy)
            .arg(m_longest);
    }

private:
    static qint64 threadCpuNs()
    {
        timespec now{};
        ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
    }

    QTimer m_ticker;
    QElapsedTimer m_sinceLast;
    qint64 m_cpuAtLast = 0;
    qint64 m_longest = 0;
    qint64 m_longestBusy = 0;
};

} // namespace lockboard::test
