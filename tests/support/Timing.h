#pragma once

#include <QtGlobal>

#include <algorithm>

namespace lockboard::test {

// A time bound of `ms` for this build: sanitizer builds run our code several
// times slower, and their test presets say by how much
// (LOCKBOARD_TIMING_SCALE, CMakePresets.json); 1 otherwise. For the few checks
// whose point is an upper bound on time, never for waits (those poll).
[[nodiscard]] inline qint64 timingBound(qint64 ms)
{
    const int scale = qEnvironmentVariableIntValue("LOCKBOARD_TIMING_SCALE");
    return ms * std::max(1, scale);
}

} // namespace lockboard::test
