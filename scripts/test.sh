#!/usr/bin/env bash
# Set-up, build, the whole test suite, then the package check (what .ci/run
# runs). LOCKBOARD_SKIP_PACKAGE=1 leaves out the package check, which installs
# and removes the lockboard .deb with apt-get.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
ctest --preset dev "$@"
if [ "${LOCKBOARD_SKIP_PACKAGE:-0}" != 1 ]; then
    scripts/check-package.sh
fi
