#!/usr/bin/env bash
# Set-up, build, and the whole test suite (what .ci/run runs).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
ctest --preset dev "$@"
