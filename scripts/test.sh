#!/usr/bin/env bash
# Set-up, build, the whole test suite, the suite again under the sanitizers
# (scripts/sanitize.sh), then the package check (what .ci/run runs).
# LOCKBOARD_SKIP_SANITIZERS=1 leaves out the sanitizer builds (about 25 minutes
# on 2 cores); LOCKBOARD_SKIP_PACKAGE=1 the package check, which installs and
# removes the lockboard .deb with apt-get.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
ctest --preset dev "$@"
if [ "${LOCKBOARD_SKIP_SANITIZERS:-0}" != 1 ]; then
    scripts/sanitize.sh asan "$@"
    scripts/sanitize.sh tsan "$@"
fi
if [ "${LOCKBOARD_SKIP_PACKAGE:-0}" != 1 ]; then
    scripts/check-package.sh
fi
