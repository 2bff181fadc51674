#pragma once

#include "core/inspect/ClusterInspector.h"

#include <QSignalSpy>

#include <functional>
#include <optional>

namespace lockboard::test {

// The next snapshot the spy caught or catches within timeoutMs (the test
// ends with qFatal if none comes: nothing after it would mean anything).
[[nodiscard]] ClusterSnapshot nextSnapshot(QSignalSpy& ready, int timeoutMs = 20000);
// One refresh, and its snapshot.
ClusterSnapshot inspect(ClusterInspector& inspector);
// Refreshes until a snapshot satisfies until (or timeoutMs passes): that
// snapshot, or nothing.
[[nodiscard]] std::optional<ClusterSnapshot>
inspectUntil(ClusterInspector& inspector, const std::function<bool(const ClusterSnapshot&)>& until,
             int timeoutMs = 20000);

} // namespace lockboard::test
