#!/usr/bin/env bash
# Set-up, build, then the dashboard on its demo cluster: `lockboard --demo`
# starts three memcached servers on free loopback ports and a workload of
# lock holders (a split lock, one with no TTL, a stale one, contended ones),
# and stops them when the window closes. Arguments go to lockboard.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "demo: no display (DISPLAY and WAYLAND_DISPLAY are unset); run it in a desktop session," >&2
    echo "demo: or try scripts/cli-demo.sh, which shows the same cluster with lockboardctl." >&2
    exit 1
fi
exec build/dev/app/lockboard --demo "$@"
