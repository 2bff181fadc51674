#!/usr/bin/env bash
# The command-line demo: set-up, build, then three memcached servers on free loopback ports,
# locks taken through Django's cache API the way the seed's recipe takes them,
# lockboardctl showing where each lock lives, and the dashboard opened on the
# cluster when there is a display. Everything started here stops on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh

bin=build/dev/app
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
user=(); [ "$(id -u)" -eq 0 ] && user=(-u root)
servers=()
for _ in 1 2 3; do
    port=$(free_port)
    memcached -l 127.0.0.1 -p "$port" -U 0 -m 64 "${user[@]}" &
    pids+=($!)
    servers+=("127.0.0.1:$port")
done
list=$(IFS=,; echo "${servers[*]}")
sleep 0.3
echo "demo: memcached on $list"

# Take locks exactly as the seed's Django recipe does: cache.add('__d_lock_<name>', 1, 120).
/usr/bin/python3 - "$list" <<'PY'
import sys
from django.conf import settings
settings.configure(CACHES={"default": {
    "BACKEND": "django.core.cache.backends.memcached.MemcachedCache",
    "LOCATION": sys.argv[1].split(",")}})
from django.core.cache import cache
for name in ("nightly-report", "invoice-42", "reindex", "payments-sync"):
    assert cache.add("__d_lock_%s" % name, 1, 120), name
print("demo: took 4 locks through Django's MemcachedCache")
PY

echo
"$bin/lockboardctl" place --servers "$list" __d_lock_nightly-report __d_lock_invoice-42 __d_lock_reindex __d_lock_payments-sync
echo
"$bin/lockboardctl" locks --servers "$list"
echo
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "demo: opening the dashboard (close it to stop the demo cluster)"
    "$bin/lockboard" --servers "$list"
else
    echo "demo: no display; the dashboard would open with: $bin/lockboard --servers $list"
fi
