#!/usr/bin/python3
"""Placement vectors from the real client libraries.

Starts real memcached servers on loopback, stores keys through python-memcached,
pymemcache and pylibmc (with and without the ketama behaviour), and, through small
drivers in drivers/, PHP's memcached extension (with and without
OPT_LIBKETAMA_COMPATIBLE), Ruby's dalli, Go's gomemcache and Node's memcached; asks
every server which keys it holds (``lru_crawler metadump hash``), and writes what
it saw as JSON.
The Qt test tst_placementvectors checks Lockboard's placement against every row.

Rows say where a key *landed*, not where the library says it should go: the
libraries are treated as black boxes. A config may list "down" servers (a loopback
address nothing listens on): a key whose home is down lands where the library's
failover sends it (python-memcached's rehash, pymemcache giving the server up),
or fails (server = null) where the library never moves a key (pylibmc without
auto-eject).

Run with Debian's python3 (/usr/bin/python3), which has python3-memcache,
python3-pymemcache and python3-pylibmc; the drivers need php8.2-cli with
php8.2-memcached, ruby-dalli, golang-go with golang-github-bradfitz-gomemcache-dev,
and nodejs with the npm packages of drivers/package.json (scripts/setup.sh
installs them all).
"""

import argparse
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse

try:
    import memcache
    import pylibmc
    from pymemcache.client.hash import HashClient
except ImportError as exc:  # a missing library must fail the run, never skip it
    sys.exit("generate_vectors: missing Python client library (%s); "
             "install python3-memcache python3-pymemcache python3-pylibmc" % exc)

DRIVERS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "drivers")
GO_ENV = {"GOPATH": "/usr/share/gocode", "GO111MODULE": "off", "GOFLAGS": ""}


class Driver:
    """A client library in another language, driven by a script in drivers/:
    it takes the layout as JSON, reads a JSON array of keys on stdin and prints
    a JSON array of booleans (stored or not)."""

    def __init__(self, library, command, version, options=None):
        self.library, self.command, self.version = library, command, version
        self.options = options or {}

    def store_all(self, servers, weights, keys, options=None):
        layout = {"servers": [s.layout(w) for s, w in zip(servers, weights)],
                  "options": dict(self.options, **(options or {}))}
        done = subprocess.run(self.command + [json.dumps(layout)], input=json.dumps(keys),
                              capture_output=True, text=True, encoding="utf-8", timeout=600)
        if done.returncode != 0:
            sys.exit("generate_vectors: the %s driver failed (exit %d): %s"
                     % (self.library, done.returncode, done.stderr.strip()))
        try:
            stored = json.loads(done.stdout)
        except ValueError:
            sys.exit("generate_vectors: the %s driver did not answer JSON: %r (stderr: %r)"
                     % (self.library, done.stdout[:500], done.stderr[:500]))
        if len(stored) != len(keys):
            sys.exit("generate_vectors: the %s driver answered %d keys of %d"
                     % (self.library, len(stored), len(keys)))
        return dict(zip(keys, stored))


def tool_output(command, env=None):
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=120,
                              env=dict(os.environ, **(env or {})))
    except FileNotFoundError:
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def foreign_drivers(work_dir):
    """The drivers for the other languages' libraries, with their versions; a
    missing language or library fails the run, naming what to install."""
    def need(value, what):
        if not value:
            sys.exit("generate_vectors: %s is missing; run scripts/setup.sh" % what)
        return value

    php = need(tool_output(["php", "-r", 'echo phpversion("memcached") ?: "";']),
               "PHP's memcached extension (php8.2-cli php8.2-memcached)")
    dalli = need(tool_output(["ruby", "-e", 'require "dalli"; print Dalli::VERSION']),
                 "Ruby's dalli (ruby ruby-dalli)")
    go_binary = os.path.join(work_dir, "gomemcache-driver")
    build = subprocess.run(["go", "build", "-o", go_binary,
                            os.path.join(DRIVERS, "gomemcache.go")],
                           capture_output=True, text=True,
                           env=dict(os.environ, **GO_ENV)) if shutil.which("go") else None
    need(build is not None and build.returncode == 0,
         "Go's gomemcache (golang-go golang-github-bradfitz-gomemcache-dev)%s"
         % (": " + build.stderr.strip() if build is not None else ""))
    gomemcache = need(tool_output(["dpkg-query", "-W", "-f=${Version}",
                                   "golang-github-bradfitz-gomemcache-dev"]),
                      "golang-github-bradfitz-gomemcache-dev")
    package = os.path.join(DRIVERS, "node_modules", "memcached", "package.json")
    node = need(os.path.exists(package) and shutil.which("node")
                and json.load(open(package))["version"],
                "Node's memcached package (nodejs, then npm ci in tests/vectors/drivers)")
    hashring = json.load(open(os.path.join(DRIVERS, "node_modules", "hashring",
                                           "package.json")))["version"]
    php_script = ["php", os.path.join(DRIVERS, "php_memcached.php")]
    drivers = {
        "php-memcached": Driver("php-memcached", php_script, php),
        "php-memcached-binary": Driver("php-memcached", php_script, php, {"binary": True}),
        "php-memcached-ketama": Driver("php-memcached-ketama", php_script, php,
                                       {"libketama": True}),
        "php-memcached-ketama-binary": Driver("php-memcached-ketama", php_script, php,
                                              {"libketama": True, "binary": True}),
        "dalli": Driver("dalli", ["ruby", os.path.join(DRIVERS, "dalli.rb")], dalli),
        "gomemcache": Driver("gomemcache", [go_binary], gomemcache),
        "node-memcached": Driver("node-memcached",
                                 ["node", os.path.join(DRIVERS, "node_memcached.js")], node),
    }
    versions = {"php-memcached": php, "dalli": dalli, "gomemcache": gomemcache,
                "node-memcached": node, "hashring": hashring}
    return drivers, versions


# A TCP address on loopback where nothing listens: connecting is refused at once.
# Port 11211 exercises libmemcached's ketama naming for the default port ("host-i"),
# and 127.255.255.254 keeps clear of any system memcached on 127.0.0.1:11211.
DEAD_DEFAULT_PORT = ("127.255.255.254", 11211)

TCP_SERVERS = 5


class Server:
    """One memcached process we started, and how each library names it."""

    def __init__(self, kind, host=None, port=None, path=None):
        self.kind, self.host, self.port, self.path = kind, host, port, path
        self.proc = None

    # Lockboard's own spec syntax (what the C++ side parses).
    def spec(self):
        if self.kind == "unix":
            return "unix:" + self.path
        if self.kind == "tcp6":
            return "[%s]:%d" % (self.host, self.port)
        return "%s:%d" % (self.host, self.port)

    def python_memcached(self):
        if self.kind == "unix":
            return "unix:" + self.path
        if self.kind == "tcp6":
            return "inet6:[%s]:%d" % (self.host, self.port)
        return "%s:%d" % (self.host, self.port)

    def pymemcache(self):  # as Django passes LOCATION to PyMemcacheCache
        return self.spec()

    def pylibmc(self):  # as Django's PyLibMCCache passes it (strips "unix:")
        return self.path if self.kind == "unix" else self.spec()

    def layout(self, weight):  # what the drivers for other languages read
        if self.kind == "unix":
            return {"path": self.path, "weight": weight}
        return {"host": self.host, "port": self.port, "weight": weight}

    def start(self):
        if self.kind == "dead":
            return
        args = ["memcached", "-U", "0", "-m", "64", "-t", "1"]
        if os.geteuid() == 0:
            args += ["-u", "root"]
        if self.kind == "unix":
            args += ["-s", self.path]
        else:
            args += ["-l", self.host, "-p", str(self.port)]
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.time() + 10
        while time.time() < deadline:
            if self.proc.poll() is not None:
                sys.exit("generate_vectors: memcached for %s exited: %s"
                         % (self.spec(), self.proc.stderr.read().decode(errors="replace")))
            try:
                self.command(b"version\r\n", b"\r\n")
                return
            except OSError:
                time.sleep(0.02)
        sys.exit("generate_vectors: memcached for %s did not start within 10 s" % self.spec())

    def stop(self):
        if self.proc:
            self.proc.terminate()
            self.proc.wait()
            self.proc = None

    def connect(self):
        if self.kind == "unix":
            s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            s.settimeout(10)
            s.connect(self.path)
        else:
            family = socket.AF_INET6 if self.kind == "tcp6" else socket.AF_INET
            s = socket.socket(family, socket.SOCK_STREAM)
            s.settimeout(10)
            s.connect((self.host, self.port))
        return s

    def command(self, request, terminator):
        with self.connect() as s:
            s.sendall(request)
            data = b""
            while not data.endswith(terminator):
                chunk = s.recv(65536)
                if not chunk:
                    raise OSError("connection closed by %s" % self.spec())
                data += chunk
            return data

    def flush(self):
        if self.command(b"flush_all\r\n", b"\r\n") != b"OK\r\n":
            sys.exit("generate_vectors: flush_all failed on %s" % self.spec())

    def keys(self):
        """Every key the server holds, as bytes."""
        reply = self.command(b"lru_crawler metadump hash\r\n", b"END\r\n")
        keys = set()
        for line in reply.split(b"\n"):  # metadump ends lines with \n, END with \r\n
            if line.startswith(b"key="):
                keys.add(urllib.parse.unquote_to_bytes(line.split(b" ", 1)[0][4:].decode()))
        return keys


def free_port(host, family=socket.AF_INET):
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def ensure_port_free(host, port, family=socket.AF_INET, wait_seconds=20.0):
    # The port may be held for a moment by another program's connection (its
    # ephemeral local port) or a server still shutting down: wait for it to be
    # released, within reason, before giving up.
    deadline = time.monotonic() + wait_seconds
    while True:
        with socket.socket(family, socket.SOCK_STREAM) as s:
            # As memcached does: a port whose old connections linger in TIME_WAIT is free.
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                s.bind((host, port))
                return
            except OSError as exc:
                if time.monotonic() > deadline:
                    sys.exit("generate_vectors: port %s:%d is in use (%s) after %.0f s; the "
                             "committed vectors name it, so it must be free to regenerate them"
                             % (host, port, exc, wait_seconds))
        time.sleep(0.25)


def ensure_dead(host, port):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(2)
        if s.connect_ex((host, port)) == 0:
            sys.exit("generate_vectors: something listens on %s:%d; the vectors need that "
                     "address dead (a memcached bound to 0.0.0.0?)" % (host, port))


# Characters for keys: printable ASCII, Latin-1 (UTF-8 bytes >= 0x80, which
# libmemcached's hash sign-extends), CJK, and astral-plane symbols (one Python
# character, two UTF-16 units, four UTF-8 bytes), but no whitespace anywhere.
ASCII = [chr(c) for c in range(0x21, 0x7f)]
LATIN1 = [chr(c) for c in range(0xa1, 0x100)]
WIDE = ["中", "文", "鍵", "ロ", "ッ", "ク", "Ж", "ß", "€", "ő", "Ω", "\u0394", "\u20ac"]
ASTRAL = ["\U0001F512", "\U0001F600", "\U00010348", "\U0001D11E"]


def random_key(rng):
    kind = rng.random()
    if kind < 0.3:
        name = "".join(rng.choice(ASCII) for _ in range(rng.randint(1, 40)))
        return ":%d:__d_lock_%s" % (rng.choice([1, 1, 1, 2, 7]), name)
    if kind < 0.6:
        return "".join(rng.choice(ASCII) for _ in range(rng.randint(1, 250)))
    pool = ASCII + LATIN1 + WIDE + ASTRAL
    chars, size = [], 0
    for _ in range(rng.randint(1, 80)):
        c = rng.choice(pool)
        if size + len(c.encode()) > 250:
            break
        chars.append(c)
        size += len(c.encode())
    return "".join(chars) or "x"


def random_keys(rng, count, forbid=""):
    keys = set()
    while len(keys) < count:
        key = random_key(rng)
        if not any(c in key for c in forbid):
            keys.add(key)
    return sorted(keys)


def make_client(library, servers, weights, options):
    """A client of library and its store function; options: the profile's
    client options (Django's OPTIONS) the client is built with."""
    if library == "python-memcached":
        specs = [(s.python_memcached(), w) for s, w in zip(servers, weights)]
        client = memcache.Client(specs, socket_timeout=2, dead_retry=60)
        return client, lambda k: bool(client.set(k, 1, 600))
    if library == "pymemcache":
        # Django's PyMemcacheCache options; HashClient's own retry defaults
        # (retry_attempts=2), but no wait between attempts: the failover state
        # is what matters, not how long it takes to get there.
        client = HashClient([s.pymemcache() for s in servers], allow_unicode_keys=True,
                            default_noreply=False, connect_timeout=2, timeout=2,
                            retry_timeout=0, dead_timeout=600,
                            retry_attempts=options.get("retry_attempts", 2))

        def store(k):
            try:
                return bool(client.set(k, b"1", 600, noreply=False))
            except Exception:  # a down home: pymemcache raises until it gives the server up
                return False
        return client, store
    behaviors = {"ketama": True} if library == "pylibmc-ketama" else {}
    behaviors.update(options.get("behaviors", {}))
    client = pylibmc.Client([s.pylibmc() for s in servers], binary=False, behaviors=behaviors)

    def store(k):
        try:
            return bool(client.set(k, 1, 600))
        except pylibmc.Error:
            return False
    return client, store


# What Node's memcached rewrites in a key on the wire: it sends
# command.replace(key, key), where these are String.replace patterns.
NODE_REWRITTEN = ("$&", "$`", "$'", "$$")


def dollar_keys(rng, count):
    """Keys holding "$": the four patterns Node's memcached rewrites, and
    lone or ordinary "$" uses that it sends as they are."""
    insert = list(NODE_REWRITTEN) + ["$", "$x", "$1", "a$"]
    keys = set()
    while len(keys) < count:
        base = random_key(rng)
        if "$" in base:
            continue
        at = rng.randrange(len(base) + 1)
        key = base[:at] + rng.choice(insert) + base[at:]
        if len(key.encode()) <= 250:
            keys.add(key)
    return sorted(keys)


def run_config(library, servers, weights, keys, driver=None, renamed=(), options=None):
    """Store every key through the library, then find each on the servers.
    renamed: substrings that make the library store a key under another name
    (it reports success, and the key is not found under its own). options:
    client options, as a profile carries them (recorded with the config)."""
    options = options or {}
    live = [s for s in servers if s.kind != "dead"]
    for s in live:
        s.flush()
    if driver:
        # One process stores them all, as one application would; on their
        # defaults, what it could not store it cannot store on a second try
        # either (its libraries never move a key after failures, or from the
        # first); with options that remove a failed server, it tries again.
        # Removal needs failures first: a few passes over the keys that
        # failed; then every key is stored again where the library puts it
        # once it has removed the server (keys stored before stay put).
        stored = driver.store_all(servers, weights, keys,
                                  dict(options, passes=4, settle=True) if options else None)
    else:
        client, store = make_client(library, servers, weights, options)
        stored = {k: store(k) for k in keys}
        # Keys that failed are stored again until the client's state settles: a
        # client that fails over (pymemcache) gives a dead server up after a few
        # failures and places its keys elsewhere from then on.
        for _ in range(5):
            failed = [k for k in keys if not stored[k]]
            for k in failed:
                stored[k] = store(k)
        if hasattr(client, "disconnect_all"):
            client.disconnect_all()
    found = {}
    for index, s in enumerate(servers):
        if s.kind == "dead":
            continue
        for raw in s.keys():
            found.setdefault(raw, []).append(index)
    rows = []
    for k in keys:
        where = found.get(k.encode("utf-8"), [])
        if len(where) > 1:
            sys.exit("generate_vectors: %s stored %r on several servers %s" % (library, k, where))
        if stored[k] and not where and any(p in k for p in renamed):
            stored[k] = False  # stored, but as another key: not where it was asked
        if stored[k] != bool(where):
            sys.exit("generate_vectors: %s reported stored=%s for %r but servers hold it at %s"
                     % (library, stored[k], k, where))
        rows.append([k, where[0] if where else None])
    down = [i for i, s in enumerate(servers) if s.kind == "dead"]
    # A library that fails keys must have failed some: else the layout tests nothing.
    if down and all(r[1] is not None for r in rows) and not moves_keys(library, options):
        sys.exit("generate_vectors: no key of %s had the down server as its home" % library)
    specs = []
    for s, w in zip(servers, weights):
        spec = s.spec() if s.kind != "dead" else "%s:%d" % (s.host, s.port)
        specs.append(spec if w == 1 else "%s:%d" % (spec, w))
    config = {"client": library, "servers": specs, "down": down, "rows": rows}
    if driver and driver.options.get("binary"):
        config["protocol"] = "binary"  # the library then takes keys its ASCII protocol refuses
    if options:
        config["options"] = options
    return config


def moves_keys(library, options):
    """Whether the library, with these options, moves a key off a down server
    (what core/placement/Failover.cpp says; the rows check it)."""
    behaviors = options.get("behaviors", {})
    return (library == "python-memcached"
            or (library == "pymemcache" and options.get("retry_attempts", 2) < 10 ** 9)
            or (library == "dalli" and options.get("failover", True))
            or (library == "pylibmc-ketama"
                and bool(behaviors.get("auto_eject") or behaviors.get("remove_failed")))
            or (library == "php-memcached-ketama"
                and bool(options.get("OPT_REMOVE_FAILED_SERVERS")
                         or options.get("OPT_AUTO_EJECT_HOSTS")))
            or (library == "node-memcached" and bool(options.get("remove"))))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, help="where to write the JSON vectors")
    parser.add_argument("--seed", type=int, default=None,
                        help="random seed for the keys (default: a fresh one)")
    parser.add_argument("--keys", type=int, default=400, help="keys per configuration")
    parser.add_argument("--base-port", type=int, default=0,
                        help="first TCP port; 0 picks free ports (the default)")
    parser.add_argument("--socket-dir", default=None,
                        help="directory for the unix sockets (default: a fresh temp dir)")
    parser.add_argument("--compare", default=None, metavar="FILE",
                        help="after writing, check that FILE (the committed vectors) has the same "
                             "rows; exit 1 listing the differences if not")
    args = parser.parse_args()

    if shutil.which("memcached") is None:
        sys.exit("generate_vectors: memcached is not installed (apt-get install memcached)")
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2 ** 31)
    rng = random.Random(seed)
    ensure_dead(*DEAD_DEFAULT_PORT)

    temp_dir = None
    socket_dir = args.socket_dir
    if socket_dir is None:
        temp_dir = tempfile.mkdtemp(prefix="lbvec")
        socket_dir = temp_dir
    os.makedirs(socket_dir, exist_ok=True)

    tcp = []
    for i in range(TCP_SERVERS):
        port = args.base_port + i if args.base_port else free_port("127.0.0.1")
        if args.base_port:
            ensure_port_free("127.0.0.1", port)
        tcp.append(Server("tcp", "127.0.0.1", port))
    port6 = args.base_port + TCP_SERVERS if args.base_port else free_port("::1", socket.AF_INET6)
    if args.base_port:
        ensure_port_free("::1", port6, socket.AF_INET6)
    v6 = Server("tcp6", "::1", port6)
    unix = [Server("unix", path=os.path.join(socket_dir, "mc%d.sock" % i)) for i in range(2)]
    dead = Server("dead", *DEAD_DEFAULT_PORT)
    # More dead servers, so that python-memcached's rehash must go deep.
    dead_more = [Server("dead", DEAD_DEFAULT_PORT[0], DEAD_DEFAULT_PORT[1] + i) for i in (1, 2)]
    for d in dead_more:
        ensure_dead(d.host, d.port)
    everyone = tcp + [v6] + unix

    # (servers, weights) per configuration. Weights go to every library; only
    # python-memcached honours them, the others must place as if they were absent.
    # libmemcached cannot mix unix sockets with TCP, so pylibmc gets its own layouts.
    common = [
        (tcp[:3], [1, 1, 1]),
        (tcp, [1, 3, 2, 5, 1]),
    ]
    mixed = [([tcp[0], v6, unix[0], tcp[1], unix[1]], [2, 1, 1, 1, 3])]
    libmemcached = [([tcp[0], v6, tcp[1]], [2, 1, 1]), (unix, [1, 1])]
    layouts = {
        "python-memcached": common + mixed + [
            ([tcp[0], dead, tcp[1], tcp[2]], [1, 1, 1, 1]),
            ([tcp[0], dead, tcp[1], unix[0]], [1, 3, 1, 2]),
            ([dead_more[0], tcp[0], dead, dead_more[1]], [2, 1, 1, 3])],
        "pymemcache": common + mixed + [([tcp[0], dead, tcp[1]], [1, 1, 1])],
        "pylibmc": common + libmemcached + [([tcp[0], dead, tcp[1]], [1, 1, 1])],
        "pylibmc-ketama": common + libmemcached + [([tcp[0], dead, tcp[1], v6], [1, 1, 1, 1])],
    }
    # The other languages' libraries, after the Python ones (so that a seed
    # gives the Python libraries the same keys as before they were added), each
    # under the name of the driver that stores through it. PHP takes non-ASCII
    # keys only over the binary protocol; Node's memcached mangles keys with
    # "$" in them on the wire, so its keys have none.
    foreign = [
        ("php-memcached", common + [(unix, [1, 1]), ([tcp[0], dead, tcp[1]], [1, 1, 1])]),
        ("php-memcached-binary", [(tcp[:3], [1, 2, 1])]),
        ("php-memcached-ketama", common + [([tcp[0], v6, tcp[1]], [2, 1, 1]),
                                           ([tcp[0], dead, tcp[1], v6], [1, 1, 1, 1])]),
        ("php-memcached-ketama-binary", [(tcp, [1, 3, 2, 5, 1])]),
        ("dalli", common + mixed + [([tcp[0], dead, tcp[1], tcp[2]], [1, 1, 1, 1]),
                                    ([dead_more[0], tcp[0], dead, dead_more[1]], [2, 1, 1, 3])]),
        ("gomemcache", common + mixed + [([tcp[0], dead, tcp[1]], [1, 1, 1])]),
        # Seven servers: hashring gives each 39 names, not 40 (its float64 rounding).
        ("node-memcached", common + [([tcp[0], dead, tcp[1]], [1, 1, 1]),
                                     (tcp + [dead, dead_more[0]], [1] * 7)]),
    ]
    libraries = ["python-memcached", "pymemcache", "pylibmc", "pylibmc-ketama"]

    configs = []
    work_dir = tempfile.mkdtemp(prefix="lbvec-drivers")
    try:
        drivers, versions = foreign_drivers(work_dir)
        for s in everyone:
            s.start()
        for library in libraries:
            for servers, weights in layouts[library]:
                keys = random_keys(rng, args.keys)
                configs.append(run_config(library, servers, weights, keys))
        for name, driver_layouts in foreign:
            driver = drivers[name]
            for servers, weights in driver_layouts:
                keys = random_keys(rng, args.keys,
                                   forbid="$" if driver.library == "node-memcached" else "")
                started = time.monotonic()
                configs.append(run_config(driver.library, servers, weights, keys, driver))
                print("generate_vectors: %s on %d servers: %.1f s"
                      % (name, len(servers), time.monotonic() - started), file=sys.stderr)
        # Last, so that the keys of every earlier config stay as they were.
        configs.append(run_config("node-memcached", tcp[:3], [1, 1, 1],
                                  dollar_keys(rng, args.keys), drivers["node-memcached"],
                                  renamed=NODE_REWRITTEN))
        # Failover under options that change it: each library with a server
        # down, on the options a profile would carry.
        for library, servers, weights, options in [
                ("pymemcache", [tcp[0], dead, tcp[1]], [1, 1, 1],
                 {"retry_attempts": 10 ** 9}),
                ("pylibmc-ketama", [tcp[0], dead, tcp[1], v6], [1, 1, 1, 1],
                 {"behaviors": {"auto_eject": True, "failure_limit": 1, "dead_timeout": 600}}),
                ("php-memcached-ketama", [tcp[0], dead, tcp[1], v6], [2, 1, 1, 3],
                 {"OPT_REMOVE_FAILED_SERVERS": True, "OPT_SERVER_FAILURE_LIMIT": 1,
                  "OPT_RETRY_TIMEOUT": 0, "OPT_DEAD_TIMEOUT": 600}),
                ("dalli", [tcp[0], dead, tcp[1]], [1, 1, 1], {"failover": False}),
                ("node-memcached", [tcp[0], dead, tcp[1], tcp[2]], [1, 1, 1, 1],
                 {"remove": True, "failures": 0})]:
            driver = drivers.get(library)
            configs.append(run_config(library, servers, weights, random_keys(
                rng, args.keys, forbid="$" if library == "node-memcached" else ""),
                driver, options=options))
    finally:
        for s in everyone:
            s.stop()
        shutil.rmtree(work_dir, ignore_errors=True)
        if temp_dir:
            shutil.rmtree(temp_dir, ignore_errors=True)

    document = {
        "generator": "tests/vectors/generate_vectors.py",
        "seed": seed,
        "libraries": {"python-memcached": memcache.__version__,
                      "pylibmc": pylibmc.__version__,
                      "libmemcached": pylibmc.libmemcached_version},
        "configs": configs,
    }
    import pymemcache
    document["libraries"]["pymemcache"] = pymemcache.__version__
    document["libraries"].update(versions)
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=False, indent=None, separators=(",", ":"))
        f.write("\n")
    total = {}
    for c in configs:
        total[c["client"]] = total.get(c["client"], 0) + len(c["rows"])
    print("generate_vectors: seed %d, wrote %s: %s" % (seed, args.out, total))
    if args.compare:
        sys.exit(compare(args.compare, configs))


def compare(path, configs):
    """0 when the vectors at path hold exactly these configs, else 1."""
    with open(path, encoding="utf-8") as f:
        committed = json.load(f)["configs"]
    problems = []
    if len(committed) != len(configs):
        problems.append("%d configs committed, %d generated" % (len(committed), len(configs)))
    for old, new in zip(committed, configs):
        where = "%s %s" % (new["client"], ",".join(new["servers"]))
        for field in ("client", "servers", "down"):
            if old[field] != new[field]:
                problems.append("%s: %s differs: %r != %r" % (where, field, old[field], new[field]))
        if len(old["rows"]) != len(new["rows"]):
            problems.append("%s: %d rows committed, %d generated"
                            % (where, len(old["rows"]), len(new["rows"])))
        for a, b in zip(old["rows"], new["rows"]):
            if a != b:
                problems.append("%s: committed %r, library now gives %r" % (where, a, b))
    for p in problems[:50]:
        print("generate_vectors: STALE: " + p, file=sys.stderr)
    if problems:
        print("generate_vectors: %s no longer matches the libraries (%d differences); "
              "regenerate it (see tests/vectors/README.md)" % (path, len(problems)), file=sys.stderr)
        return 1
    print("generate_vectors: %s matches the libraries" % path)
    return 0


if __name__ == "__main__":
    main()
