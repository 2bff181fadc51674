#pragma once

#include <QtGlobal>

#include <algorithm>

namespace lockboard {

// When a server's keyspace may be walked again on schedule. A walk
// ("lru_crawler metadump hash") costs the server its crawler thread and
// about 90 bytes per key sent to us, whatever the number of locks; between
// walks, locks are re-read by key and new ones come from the store stream.
// The next scheduled walk waits for the longest of:
// - minSeconds (60 s);
// - durationFactor (100) x the last walk's duration: the crawler busy at most 1% of the time;
// - the last walk's bytes / bytesPerSecond (8 KB/s): on average, walking
//   reads at most that much from the server (1M keys, about 81 MB: every 2.8 hours).
// Walks at start, after a restart, after a gap in the stream and on demand do
// not wait.
struct WalkSchedule
{
    double minSeconds = 60;
    double durationFactor = 100;
    double bytesPerSecond = 8 * 1024;

    [[nodiscard]] double secondsAfter(double walkSeconds, qint64 walkBytes) const
    {
        return std::max({minSeconds, durationFactor * walkSeconds,
                         bytesPerSecond > 0 ? double(walkBytes) / bytesPerSecond : 0.0});
    }
};

} // namespace lockboard
