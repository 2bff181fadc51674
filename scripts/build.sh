#!/usr/bin/env bash
# Set-up (scripts/setup.sh) and an incremental build in build/dev.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [ ! -f build/dev/build.ninja ]; then
    cmake --preset dev
fi
cmake --build --preset dev
