#include "core/inspect/WalkSchedule.h"

#include <QList>

#include <utility>

namespace lockboard {

QHash<int, double> WalkSchedule::classIntervals(const QHash<int, qint64>& items,
                                                double secondsPerLine, double bytesPerLine) const
{
    QList<std::pair<qint64, int>> bySize; // (items, class)
    for (auto it = items.cbegin(); it != items.cend(); ++it)
        bySize.append({std::max<qint64>(it.value(), 0), it.key()});
    std::sort(bySize.begin(), bySize.end());
    // A quarter of each budget is every class's own (an equal part each);
    // the rest goes to the classes in order of size, each taking what it
    // needs to be walked every classMinSeconds while that lasts.
    const double classes = double(std::max<qsizetype>(bySize.size(), 1));
    const double duty = durationFactor > 0 ? 1.0 / durationFactor : 1.0; // crawler s per s
    const double ownDuty = duty * OwnShare / classes;
    const double ownBytes = classBytesPerSecond * OwnShare / classes;
    double dutyPool = duty * (1 - OwnShare);
    double bytesPool = classBytesPerSecond * (1 - OwnShare);
    QHash<int, double> intervals;
    for (const auto& [count, id] : std::as_const(bySize)) {
        // A walk of an empty class still answers "END": count one line.
        const double lines = double(std::max<qint64>(count, 1));
        const double seconds = lines * secondsPerLine;
        const double bytes = lines * bytesPerLine;
        double interval = classMinSeconds;
        interval = std::max(interval, seconds / (ownDuty + dutyPool));
        if (classBytesPerSecond > 0)
            interval = std::max(interval, bytes / (ownBytes + bytesPool));
        intervals.insert(id, interval);
        dutyPool -= std::max(0.0, seconds / interval - ownDuty);
        bytesPool -= std::max(0.0, bytes / interval - ownBytes);
    }
    return intervals;
}

} // namespace lockboard
