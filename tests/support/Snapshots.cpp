#include "tests/support/Snapshots.h"

#include <QElapsedTimer>

namespace lockboard::test {

ClusterSnapshot nextSnapshot(QSignalSpy& ready, int timeoutMs)
{
    if (ready.isEmpty() && !ready.wait(timeoutMs))
        qFatal("no snapshot within %d ms", timeoutMs);
    return ready.takeFirst().at(0).value<ClusterSnapshot>();
}

ClusterSnapshot inspect(ClusterInspector& inspector)
{
    QSignalSpy ready(&inspector, &ClusterInspector::snapshotReady);
    inspector.refresh();
    return nextSnapshot(ready);
}

std::optional<ClusterSnapshot>
inspectUntil(ClusterInspector& inspector, const std::function<bool(const ClusterSnapshot&)>& until,
             int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    do {
        ClusterSnapshot snapshot = inspect(inspector);
        if (until(snapshot))
            return snapshot;
    } while (!clock.hasExpired(timeoutMs));
    return std::nullopt;
}

} // namespace lockboard::test
