#!/usr/bin/env bash
# Builds and runs the suite under a sanitizer preset (CMakePresets.json):
#   asan  AddressSanitizer + UndefinedBehaviorSanitizer, the whole suite
#   tsan  ThreadSanitizer, the tests of the parts with threads
# Reports fail the run (halt_on_error); suppressions, third-party only, are in
# tests/sanitizers/ with their reasons.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:?usage: scripts/sanitize.sh asan|tsan [ctest options]}
shift
if [ ! -f "build/$preset/build.ninja" ]; then
    cmake --preset "$preset"
fi
cmake --build --preset "$preset"
ctest --preset "$preset" "$@"
