#!/bin/sh
# Runs CMD with a Secret Service of its own: gnome-keyring on a private D-Bus
# session bus, its keyring in a fresh temporary directory, unlocked. Needs no
# display and no user session (CI runs it as root). Exit: CMD's, or 97 when the
# keyring did not come up.
# usage: with_secret_service.sh CMD [ARGS...]
set -eu
home=$(mktemp -d "${TMPDIR:-/tmp}/lockboard-keyring.XXXXXX")
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/run" "$home/data"
# gnome-keyring keeps keyrings in $XDG_DATA_HOME/keyrings and its control socket
# in $XDG_RUNTIME_DIR/keyring.
export XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/run"
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL || true
status=0
dbus-run-session -- sh -c '
    # --unlock reads the keyring password on stdin, creates the "login"
    # collection (the default one) and unlocks it; it returns before the daemon
    # owns org.freedesktop.secrets on the bus, so wait for that.
    printf %s lockboard-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    tries=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
            grep -q "boolean true"; do
        tries=$((tries + 1))
        if [ "$tries" -gt 200 ]; then
            echo "with_secret_service: gnome-keyring did not come up on the bus" >&2
            exit 97
        fi
        sleep 0.05
    done
    exec "$@"' sh "$@" || status=$?
exit "$status"
