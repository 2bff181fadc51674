#!/usr/bin/env bash
# Installs what Lockboard needs to build, test and run on Debian 12, with apt-get.
# Then the npm packages of tests/vectors/drivers (Node's memcached client, whose
# placement the vectors check) with npm ci, from the committed package-lock.json.
# Idempotent and quick when everything is present (one dpkg-query, no network).
# Run as root or with sudo; otherwise it prints the exact command to run.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    # build
    cmake ninja-build g++ pkg-config git
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev libmemcached-dev zlib1g-dev
    # secrets: QtKeychain (it loads libsecret at run time, so that is named too);
    # openssl makes the TLS tests' certificates; gnome-keyring, dbus and
    # secret-tool give the keyring tests a real Secret Service
    qtkeychain-qt6-dev libsecret-1-0 openssl gnome-keyring dbus-daemon dbus-bin libsecret-tools
    # package: the .deb (dpkg-shlibdeps computes its dependencies); Qt's own translations
    dpkg-dev file qt6-translations-l10n
    # run and test: real servers, the Python clients placement is checked against,
    # Django for interop, clang (libFuzzer) for the parser fuzzers, Xvfb for screenshots
    memcached python3 python3-memcache python3-pymemcache python3-pylibmc python3-django
    # the other languages' clients, for placement vectors and lock recipes:
    # PHP's memcached extension and Laravel, Ruby's dalli, Go's gomemcache,
    # Node (the machine's nodejs brings npm; the memcached package comes from
    # npm, below), and Celery
    php8.2-cli php8.2-memcached php-laravel-framework ruby ruby-dalli
    golang-go golang-github-bradfitz-gomemcache-dev nodejs python3-celery
    clang libclang-rt-14-dev xvfb xauth
)

missing=()
installed=$(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "${packages[@]}" 2>/dev/null || true)
for p in "${packages[@]}"; do
    grep -qx "$p installed" <<<"$installed" || missing+=("$p")
done

# The Node packages, installed again whenever the lock file changed.
node_packages() {
    local dir=tests/vectors/drivers
    local stamp=$dir/node_modules/.package-lock.json
    if [ -f "$stamp" ] && [ "$stamp" -nt "$dir/package-lock.json" ]; then
        return 0
    fi
    echo "setup: npm ci in $dir" >&2
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >&2)
}

if [ ${#missing[@]} -eq 0 ]; then
    node_packages
    exit 0
fi

echo "setup: installing ${missing[*]}" >&2
command=(env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}")
if [ "$(id -u)" -eq 0 ]; then
    sudo=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo)
else
    echo "setup: cannot install packages without root. Run:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
fi
# Update the package lists once, and only when an install is needed.
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" "${command[@]}" >&2
node_packages
