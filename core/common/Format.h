#pragma once

#include <QString>

namespace lockboard {

// How Lockboard writes quantities (the dashboard and lockboardctl alike), in the user's language.
// "42 s", "17 min", "5 h", "3 d"; empty for a negative (unknown) duration.
[[nodiscard]] QString formatDuration(qint64 seconds);
// "812 B", "1.5 MiB", "64.0 MiB".
[[nodiscard]] QString formatBytes(qint64 bytes);

} // namespace lockboard
