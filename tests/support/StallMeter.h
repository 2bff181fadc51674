#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>

namespace lockboard::test {

// The longest gap between 10 ms timer ticks while it runs: how long the
// event loop of this thread was kept from turning.
class StallMeter
{
public:
    StallMeter()
    {
        m_ticker.setInterval(10);
        QObject::connect(&m_ticker, &QTimer::timeout, &m_ticker, [this] {
            if (m_sinceLast.isValid())
                m_longest = std::max(m_longest, m_sinceLast.elapsed());
            m_sinceLast.restart();
        });
    }
    void start() { m_ticker.start(); }
    // A stall bound of `ms` for this build: sanitizer builds run our code
    // several times slower, and their presets say by how much
    // (LOCKBOARD_TIMING_SCALE); 1 otherwise.
    [[nodiscard]] static qint64 bound(qint64 ms)
    {
        const int scale = qEnvironmentVariableIntValue("LOCKBOARD_TIMING_SCALE");
        return ms * std::max(1, scale);
    }
    void stop() { m_ticker.stop(); }
    [[nodiscard]] qint64 longestMs() const { return m_longest; }

private:
    QTimer m_ticker;
    QElapsedTimer m_sinceLast;
    qint64 m_longest = 0;
};

} // namespace lockboard::test
