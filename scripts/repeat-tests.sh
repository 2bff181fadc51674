#!/usr/bin/env bash
# The flake check: builds build/release and runs the whole suite N times in a
# row with two jobs (default 10), stopping at the first failing run. Prints one
# line per run. Not part of CI (about 6 minutes a run on 2 cores).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
if [ ! -f build/release/build.ninja ]; then
    cmake --preset release
fi
cmake --build --preset release
for i in $(seq 1 "$runs"); do
    start=$(date +%s)
    if ctest --preset release > "build/release/run-$i.log" 2>&1; then
        echo "run $i/$runs: passed in $(( $(date +%s) - start )) s"
    else
        echo "run $i/$runs: FAILED (build/release/run-$i.log)"
        grep -E "\*\*\*|FAIL!" "build/release/run-$i.log" | head -20
        exit 1
    fi
done
echo "all $runs runs passed"
