#!/usr/bin/env bash
# Proves the package: builds the .deb with CPack from the dev build, installs
# it with apt-get (through sudo when not root), checks the installed files,
# starts both programs from /usr/bin, then removes the package again.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh

out=build/package
rm -rf "$out"
mkdir -p "$out"
(cd build/dev && cpack -G DEB -B "$PWD/../package" >/dev/null)
deb=$(ls "$out"/lockboard_*.deb)
echo "check-package: built $deb"
dpkg-deb --field "$deb" Package Version Depends

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    if sudo -n true 2>/dev/null; then sudo=(sudo -n); else
        echo "check-package: needs root to install $deb; run: sudo apt-get install ./$deb" >&2
        exit 1
    fi
fi
cleanup() { "${sudo[@]}" apt-get remove -y -q lockboard >/dev/null 2>&1 || true; }
trap cleanup EXIT
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q "./$deb" >/dev/null

fail() { echo "check-package: FAILED: $*" >&2; exit 1; }
for f in /usr/bin/lockboard /usr/bin/lockboardctl \
         /usr/share/applications/lockboard.desktop \
         /usr/share/icons/hicolor/scalable/apps/lockboard.svg \
         /usr/share/icons/hicolor/48x48/apps/lockboard.png \
         /usr/share/man/man1/lockboardctl.1 \
         /usr/share/lockboard/translations/lockboard_de.qm \
         /usr/share/lockboard/translations/lockboard_en.qm; do
    [ -e "$f" ] || fail "$f is not installed"
done
command -v desktop-file-validate >/dev/null && desktop-file-validate /usr/share/applications/lockboard.desktop

# Both programs start from their installed paths (no build tree, no LD_LIBRARY_PATH).
cd /
/usr/bin/lockboardctl --version | grep -q '^lockboardctl ' || fail "lockboardctl --version"
/usr/bin/lockboardctl place --servers 10.0.0.1:11211,10.0.0.2:11211 nightly | grep -q '10.0.0' \
    || fail "lockboardctl place"
QT_QPA_PLATFORM=offscreen /usr/bin/lockboard --version | grep -q '^lockboard ' || fail "lockboard --version"
QT_QPA_PLATFORM=offscreen /usr/bin/lockboard --lang de --help | grep -q 'Nie schreiben' \
    || fail "lockboard's German translation"
# The window itself, on a server that refuses: it must come up and keep running.
QT_QPA_PLATFORM=offscreen /usr/bin/lockboard --servers 127.0.0.1:1 &
pid=$!
sleep 3
kill -0 "$pid" 2>/dev/null || fail "lockboard exited on its own"
kill "$pid"
wait "$pid" 2>/dev/null || true
echo "check-package: OK: $deb installs with apt; lockboard and lockboardctl run from /usr/bin"
