#pragma once

#include <QHash>
#include <QtGlobal>

#include <algorithm>

namespace lockboard {

// When a server's keyspace, or the slab classes its locks live in, may be
// walked again. A full walk ("lru_crawler metadump hash") costs the server
// its crawler thread and about 90 bytes per key sent to us, whatever the
// number of locks; between walks, locks are re-read by key and new ones come
// from the store stream, or, where the stream is off, from class walks.
//
// The next scheduled full walk waits for the longest of:
// - minSeconds (60 s);
// - durationFactor (100) x the last walk's duration: the crawler busy at most 1% of the time;
// - the last walk's bytes / bytesPerSecond (8 KB/s): on average, walking
//   reads at most that much from the server (1M keys, about 81 MB: every 2.8 hours).
// Walks at start, after a restart, after a gap in the stream and on demand do
// not wait.
//
// Class walks ("lru_crawler metadump 1,2,5") have a budget of their own (see
// classIntervals): each class at most every classMinSeconds (2 s), and all of
// them together the crawler busy at most 1/durationFactor of the time and
// reading at most classBytesPerSecond (24 KB/s: 300 locks in their own
// classes every 2 s). No 60 s floor: a class that holds only locks costs the
// server a few hundred lines.
struct WalkSchedule
{
    double minSeconds = 60;
    double durationFactor = 100;
    double bytesPerSecond = 8 * 1024;
    double classMinSeconds = 2;
    double classBytesPerSecond = 24 * 1024;
    // The part of the class budget every class has to itself (see classIntervals).
    static constexpr double OwnShare = 0.25;

    [[nodiscard]] double secondsAfter(double walkSeconds, qint64 walkBytes) const
    {
        return std::max({minSeconds, durationFactor * walkSeconds,
                         bytesPerSecond > 0 ? double(walkBytes) / bytesPerSecond : 0.0});
    }

    // The seconds between walks of each class, given the items each holds
    // and what a dump line cost on the last class walk (crawler seconds and
    // bytes). A quarter of the budget is split equally between the classes;
    // the rest goes to them smallest first, so a class of a few hundred locks
    // is walked every classMinSeconds while one crowded with a million cache
    // values gets its equal part and what is left, and the sum stays within
    // the budget.
    [[nodiscard]] QHash<int, double> classIntervals(const QHash<int, qint64>& items,
                                                    double secondsPerLine,
                                                    double bytesPerLine) const;
};

} // namespace lockboard
