#!/usr/bin/env python3
"""Report a Django project's cache configuration as JSON, offline.

Lockboard runs this for ``lockboardctl profile import-django`` and the dashboard's
import.  It is meant to be run
with the *application's own* Python interpreter, so that it sees exactly the
Django, settings module and memcached client libraries the application uses:

    python read_django_caches.py [--settings MODULE] [--pythonpath DIR ...]
                                 [--alias NAME]

What it does:

* puts every --pythonpath directory at the front of sys.path (the first one
  given ends up first), sets DJANGO_SETTINGS_MODULE from --settings (otherwise
  the environment's value is used), imports the settings module, runs
  django.setup() and reads django.conf.settings.CACHES;
* for every alias (or only --alias) whose BACKEND is a Django memcached
  backend (a subclass of BaseMemcachedCache) it builds the backend object
  through django.core.cache.caches[alias].  In Django 3.2 that constructor
  only stores LOCATION/OPTIONS; the memcached client object is created lazily
  by the ``_cache`` cached_property on first use, which this script never
  touches.  No cache method that talks to a server is called, and no client
  object (python-memcached / pymemcache / pylibmc) is ever created here;
* backends that are not memcached backends are NOT constructed (third-party
  backends may connect in their constructor); they are reported with
  "memcached": false, their BACKEND and their raw LOCATION.

Output: one JSON document on stdout (nothing else is ever written to stdout:
anything the project prints while being imported is diverted to stderr).

Exit status: 0 when the JSON was written, 2 on errors (message on stderr):
Django not importable, settings module missing or failing, django.setup()
failing, --alias naming an alias that does not exist or that cannot be read.
Without --alias, problems with a single alias are reported inside the JSON
("error" member of that alias) and the exit status stays 0.

Only the standard library and Django are required; Python 3.9+.
"""

import argparse
import importlib
import json
import math
import os
import re
import sys
import traceback
import warnings

EXIT_ERROR = 2
PROG = "read_django_caches"

# Keys fed to the backend's make_key() to decide whether the effective key
# function is Django's default '%s:%s:%s' % (key_prefix, version, key).
PROBE_KEYS = ("__d_lock_nightly", "a b", "\u00fcn\u00ef", "x:y", "", "k" * 64)
PROBE_VERSIONS = (1, 2)

# libmemcached distributions for which memcached_behavior_get(KETAMA) is
# truthy (i.e. a consistent-hashing continuum is used).  Names as pylibmc
# spells them (pylibmc.consts.distributions).
CONSISTENT_DISTRIBUTIONS = (
    "consistent",
    "consistent ketama",
    "consistent ketama spy",
    "consistent weighted",
)


class HelperError(Exception):
    """A fatal error: printed on stderr, exit status 2."""


# --------------------------------------------------------------------------
# small utilities


def dotted_name(obj):
    """'module.QualName' for functions/classes, else the type's name."""
    module = getattr(obj, "__module__", None)
    qualname = getattr(obj, "__qualname__", None)
    if module and qualname:
        return "%s.%s" % (module, qualname)
    cls = type(obj)
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def describe_exception(exc):
    """'Type: message (at file:line)' using the innermost traceback frame."""
    text = "%s: %s" % (type(exc).__name__, exc)
    tb = exc.__traceback__
    if tb is not None:
        frames = traceback.extract_tb(tb)
        if frames:
            last = frames[-1]
            text += " (at %s:%s)" % (last.filename, last.lineno)
    return text


def jsonable(value, _depth=0):
    """Convert *value* into something json.dumps accepts, losslessly where
    possible.  Objects JSON cannot express become
    {"__python_object__": <type>, "repr": <repr>} (plus "name" for
    functions and classes)."""
    if _depth > 32:
        return {"__python_object__": dotted_name(type(value)), "repr": "<too deep>"}
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        if math.isfinite(value):
            return value
        return {"__python_object__": "float", "repr": repr(value)}
    if isinstance(value, (list, tuple)):
        return [jsonable(v, _depth + 1) for v in value]
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            out[k if isinstance(k, str) else repr(k)] = jsonable(v, _depth + 1)
        return out
    if isinstance(value, (set, frozenset)):
        return [jsonable(v, _depth + 1) for v in sorted(value, key=repr)]
    # Drop memory addresses from default reprs so output is reproducible.
    text = re.sub(r" at 0x[0-9a-fA-F]+>", ">", repr(value))
    described = {"__python_object__": dotted_name(type(value)), "repr": text}
    if callable(value) and hasattr(value, "__qualname__"):
        described["name"] = dotted_name(value)
    return described


# --------------------------------------------------------------------------
# stdout protection


def divert_stdout():
    """Route everything written to stdout (fd 1 and sys.stdout) to stderr
    and return a text stream on the original stdout for the JSON."""
    sys.stdout.flush()
    try:
        saved_fd = os.dup(1)
        os.dup2(2, 1)
        json_out = os.fdopen(saved_fd, "w", encoding="utf-8")
    except OSError:
        json_out = sys.__stdout__
    sys.stdout = sys.stderr
    return json_out


# --------------------------------------------------------------------------
# Django loading


def prepare_sys_path(pythonpaths):
    # When run as "python read_django_caches.py", sys.path[0] is this
    # script's directory; drop it so files next to the helper cannot shadow
    # the project's modules.
    # (Lockboard runs it with -c: there is no __file__, and sys.path[0] is
    # the working directory, as for manage.py run from there.)
    script = globals().get("__file__")
    here = os.path.dirname(os.path.abspath(script)) if script else None
    if here and sys.path and sys.path[0] and os.path.abspath(sys.path[0]) == here:
        del sys.path[0]
    for path in reversed(pythonpaths or []):
        sys.path.insert(0, path)


def import_django():
    try:
        import django

        # Fail here (not later, per alias) if the cache framework is unusable.
        importlib.import_module("django.core.cache.backends.base")
        importlib.import_module("django.core.cache.backends.memcached")
    except Exception as exc:  # ImportError, or anything django/__init__ raises
        raise HelperError(
            "django is not importable with %s: %s"
            % (sys.executable or "<unknown interpreter>", describe_exception(exc))
        )
    return django


def import_settings_module(module_name):
    """Import the settings module ourselves first, so that a missing module
    and a module that raises can be told apart.  Django's Settings() will
    then find it in sys.modules and not execute it a second time."""
    try:
        importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        missing = exc.name or ""
        if missing and (module_name == missing or module_name.startswith(missing + ".")):
            raise HelperError(
                "settings module %r not found: %s (sys.path starts with %s)"
                % (module_name, exc, sys.path[:4])
            )
        raise HelperError(
            "settings module %r failed to import: %s" % (module_name, describe_exception(exc))
        )
    except BaseException as exc:  # includes SystemExit raised by settings code
        if isinstance(exc, KeyboardInterrupt):
            raise
        raise HelperError(
            "settings module %r failed to import: %s" % (module_name, describe_exception(exc))
        )


def setup_django(django, module_name):
    try:
        django.setup()
    except BaseException as exc:
        if isinstance(exc, KeyboardInterrupt):
            raise
        raise HelperError(
            "django.setup() failed with settings module %r: %s"
            % (module_name, describe_exception(exc))
        )


# --------------------------------------------------------------------------
# per-alias inspection


def client_kind(backend_cls):
    """python-memcached / pymemcache / pylibmc / unknown for a memcached
    backend class (subclasses included)."""
    from django.core.cache.backends import memcached as dj_mc

    for attr, kind in (
        ("PyLibMCCache", "pylibmc"),
        ("PyMemcacheCache", "pymemcache"),
        ("MemcachedCache", "python-memcached"),  # removed in Django 4.1
    ):
        cls = getattr(dj_mc, attr, None)
        if cls is not None and issubclass(backend_cls, cls):
            return kind
    return "unknown"


def _behavior_int(name, value):
    """pylibmc's C layer accepts only int/bool behavior values."""
    if not isinstance(value, int):  # bool is an int
        raise TypeError("behavior %s must be int, not %s" % (name, type(value).__name__))
    return int(value)


def _server_weights(servers):
    """Server weights as pylibmc parses them ("host:port:weight")."""
    try:
        from pylibmc.client import translate_server_spec
    except Exception:
        return []
    weights = []
    for server in servers or []:
        try:
            if isinstance(server, tuple) and len(server) == 3:
                continue  # pre-translated (type, addr, port): weight 1
            weights.append(int(translate_server_spec(server)[3]))
        except Exception:
            continue
    return weights


def pylibmc_effective_behaviors(options, client_servers=()):
    """Model how pylibmc + libmemcached end up configured for *options*
    (the kwargs Django passes to pylibmc.Client), without creating a client
    (creating one is harmless, but pylibmc's get_behaviors() connects to the
    first server, so the real thing cannot be asked offline).

    pylibmc applies the behaviors dict in the fixed order of its
    PylibMC_behaviors table (... hash, ketama_hash, ketama, ketama_weighted,
    distribution ...), so a later entry overrides an earlier one.  With
    libmemcached 1.1.4 as Debian 12 ships it (pylibmc reports it as 1.0.18):
      * ketama: truthy -> distribution 'consistent ketama' (weighted flag
        off); falsy -> 'modula'
      * ketama_weighted: truthy -> hash md5, ketama_hash md5, distribution
        'consistent weighted' (weighted flag on); falsy -> libmemcached turns
        KETAMA *on*: distribution 'consistent ketama', weighted flag off
      * distribution: explicit name (pylibmc.consts.distributions);
        'consistent'/'consistent ketama' clear the weighted flag,
        'consistent weighted' sets it, others leave it
      * servers are added after the behaviors: a server weight > 1 under a
        consistent distribution turns the weighted flag on
      * the weighted flag only counts under a consistent distribution.
    libmemcached defaults: distribution 'modula', hash 'default'."""
    behaviors = options.get("behaviors") if isinstance(options, dict) else None
    if behaviors is None:
        behaviors = {}
    if not isinstance(behaviors, dict):
        raise TypeError("OPTIONS['behaviors'] must be a dict, not %s" % type(behaviors).__name__)
    behaviors = dict(behaviors)
    if "_retry_timeout" in behaviors:  # same aliasing as pylibmc.client._behaviors_numeric
        behaviors.setdefault("retry_timeout", behaviors.pop("_retry_timeout"))

    # Let the installed pylibmc validate names (pure Python, no client made).
    try:
        from pylibmc import client as plm_client
        from pylibmc import consts as plm_consts
    except Exception:
        plm_client = plm_consts = None
    if plm_client is not None and hasattr(plm_client, "_behaviors_numeric"):
        try:
            plm_client._behaviors_numeric(dict(behaviors))
        except KeyError as exc:
            raise ValueError("unknown hash/distribution name %s in behaviors" % exc)
    if plm_consts is not None:
        callbacks = set(getattr(plm_consts, "all_callbacks", []) or [])
    else:
        callbacks = {"namespace"}
    for name, value in behaviors.items():
        if name in ("hash", "ketama_hash", "distribution") or name in callbacks:
            continue
        _behavior_int(name, value)

    eff = {"hash": "default", "ketama_hash": "default", "distribution": "modula"}
    weighted = False
    if behaviors.get("hash") is not None:
        eff["hash"] = behaviors["hash"]
    if "ketama_hash" in behaviors:
        eff["ketama_hash"] = behaviors["ketama_hash"]
    if "ketama" in behaviors:
        if _behavior_int("ketama", behaviors["ketama"]):
            eff["distribution"] = "consistent ketama"
            weighted = False
        else:
            eff["distribution"] = "modula"
    if "ketama_weighted" in behaviors:
        if _behavior_int("ketama_weighted", behaviors["ketama_weighted"]):
            eff["hash"] = "md5"
            eff["ketama_hash"] = "md5"
            eff["distribution"] = "consistent weighted"
            weighted = True
        else:
            eff["distribution"] = "consistent ketama"
            weighted = False
    if behaviors.get("distribution") is not None:
        eff["distribution"] = behaviors["distribution"]
        if eff["distribution"] in ("consistent", "consistent ketama"):
            weighted = False
        elif eff["distribution"] == "consistent weighted":
            weighted = True

    eff["ketama"] = eff["distribution"] in CONSISTENT_DISTRIBUTIONS
    if eff["ketama"] and any(w > 1 for w in _server_weights(client_servers)):
        weighted = True
    # libmemcached reports KETAMA_WEIGHTED only while a consistent
    # distribution is active (checked against 1.1.4: ketama_weighted=True
    # followed by distribution='modula' reads back as 0).
    eff["ketama_weighted"] = weighted and eff["ketama"]
    eff["binary"] = bool(options.get("binary", False)) if isinstance(options, dict) else False
    eff["behaviors"] = behaviors
    return eff


def check_key_function(backend):
    """Compare backend.make_key() with Django's default formula."""
    key_func = getattr(backend, "key_func", None)
    info = {
        "key_function": dotted_name(key_func) if key_func is not None else None,
        "is_django_default_func": False,
        "probes_checked": 0,
        "mismatch": None,
        "message": "",
    }
    try:
        from django.core.cache.backends.base import default_key_func

        info["is_django_default_func"] = key_func is default_key_func
    except Exception:
        pass

    versions = [None]
    for v in PROBE_VERSIONS + (backend.version,):
        if not any(type(v) is type(w) and v == w for w in versions if w is not None):
            versions.append(v)

    for version in versions:
        effective_version = backend.version if version is None else version
        for probe in PROBE_KEYS:
            expected = "%s:%s:%s" % (backend.key_prefix, effective_version, probe)
            try:
                if version is None:
                    got = backend.make_key(probe)
                else:
                    got = backend.make_key(probe, version=version)
            except Exception as exc:
                info["mismatch"] = {
                    "probe": probe,
                    "version": version,
                    "expected": expected,
                    "got": None,
                    "error": describe_exception(exc),
                }
                info["message"] = "make_key(%r, version=%r) raised %s" % (
                    probe, version, describe_exception(exc))
                return False, info
            info["probes_checked"] += 1
            if got != expected:
                info["mismatch"] = {
                    "probe": probe,
                    "version": version,
                    "expected": expected,
                    "got": got,
                }
                info["message"] = (
                    "make_key(%r, version=%r) returned %r, the default key function "
                    "would give %r" % (probe, version, got, expected)
                )
                return False, info
    info["message"] = "make_key() matched '%%s:%%s:%%s' %% (key_prefix, version, key) for %d probes" % (
        info["probes_checked"])
    return True, info


def server_warnings(servers):
    found = []
    if isinstance(servers, (list, tuple)):
        for s in servers:
            if isinstance(s, str):
                if s == "":
                    found.append("empty server entry (LOCATION has a stray ';' or ',')")
                elif s != s.strip():
                    found.append("server %r has surrounding whitespace; Django does not strip it" % s)
    return found


def describe_alias(alias, conf):
    from django.core.cache import caches
    from django.core.cache.backends.memcached import BaseMemcachedCache
    from django.utils.module_loading import import_string

    # Every alias object carries the same members; those that do not apply
    # (non-memcached backend, or an alias that could not be read) are null.
    entry = {
        "alias": jsonable(alias),
        "backend": None,
        "memcached": False,
        "client": None,
        "servers": None,
        "options": None,
        "key_prefix": None,
        "version": None,
        "key_function_default": None,
        "key_function_check": None,
    }
    if not isinstance(conf, dict):
        entry.update(backend=None, memcached=False, client=None,
                     error="CACHES[%r] is not a dict but %s" % (alias, type(conf).__name__))
        return entry
    backend_path = conf.get("BACKEND")
    entry["backend"] = jsonable(backend_path)
    if not backend_path or not isinstance(backend_path, str):
        entry.update(memcached=False, client=None,
                     error="CACHES[%r] has no BACKEND" % (alias,))
        return entry
    try:
        backend_cls = import_string(backend_path)
    except Exception as exc:
        entry.update(memcached=False, client=None,
                     error="cannot import BACKEND %r: %s" % (backend_path, describe_exception(exc)))
        return entry

    is_memcached = isinstance(backend_cls, type) and issubclass(backend_cls, BaseMemcachedCache)
    entry["memcached"] = is_memcached
    entry["client"] = client_kind(backend_cls) if is_memcached else None
    entry["backend_class"] = dotted_name(backend_cls)
    if not is_memcached:
        entry["location"] = jsonable(conf.get("LOCATION", ""))
        return entry

    # Build the backend object. Django 3.2: CacheHandler.create_connection()
    # -> backend_cls(LOCATION, params); BaseMemcachedCache.__init__ only
    # stores servers/options, the client itself is a lazy cached_property.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            backend = caches[alias]
        except Exception as exc:
            entry["error"] = "cannot construct backend %s for alias %r: %s" % (
                backend_path, alias, describe_exception(exc))
            return entry
    try:
        # Attributes set by BaseMemcachedCache.__init__ / BaseCache.__init__
        # (a third-party subclass might not have them).
        servers = backend._servers
        client_servers = backend.client_servers
        options = backend._options
        key_prefix = backend.key_prefix
        version = backend.version
    except Exception as exc:
        entry["error"] = "backend object for alias %r lacks Django's memcached attributes: %s" % (
            alias, describe_exception(exc))
        return entry
    entry["servers"] = jsonable(servers)
    entry["client_servers"] = jsonable(client_servers)
    entry["options"] = jsonable(options)
    entry["key_prefix"] = jsonable(key_prefix)
    entry["version"] = jsonable(version)
    is_default, check = check_key_function(backend)
    entry["key_function_default"] = is_default
    entry["key_function_check"] = jsonable(check)

    if entry["client"] == "pylibmc":
        try:
            eff = pylibmc_effective_behaviors(options, client_servers)
        except Exception as exc:
            entry["pylibmc"] = None
            entry["error"] = "OPTIONS would be rejected by pylibmc: %s" % (exc,)
        else:
            entry["pylibmc"] = jsonable(eff)
            if eff["ketama"]:
                entry["client"] = "pylibmc-ketama"

    notes = [str(w.message) for w in caught]
    notes.extend(server_warnings(servers))
    entry["warnings"] = notes
    return entry


# --------------------------------------------------------------------------
# main


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Print a Django project's CACHES configuration as JSON "
                    "without contacting any cache server.")
    parser.add_argument("--settings", metavar="MODULE",
                        help="settings module (default: $DJANGO_SETTINGS_MODULE)")
    parser.add_argument("--pythonpath", metavar="DIR", action="append", default=[],
                        help="directory to put at the front of sys.path (repeatable)")
    parser.add_argument("--alias", metavar="NAME",
                        help="report only this cache alias (error if it does not exist)")
    return parser.parse_args(argv)


def collect(args):
    prepare_sys_path(args.pythonpath)
    if args.settings:
        os.environ["DJANGO_SETTINGS_MODULE"] = args.settings
    module_name = os.environ.get("DJANGO_SETTINGS_MODULE", "")
    if not module_name:
        raise HelperError("no settings module: pass --settings MODULE or set DJANGO_SETTINGS_MODULE")

    django = import_django()
    import_settings_module(module_name)
    setup_django(django, module_name)

    from django.conf import settings

    try:
        caches_setting = settings.CACHES
        explicit = settings.is_overridden("CACHES")
    except Exception as exc:
        raise HelperError("cannot read settings.CACHES from %r: %s" % (module_name, describe_exception(exc)))
    if not isinstance(caches_setting, dict):
        raise HelperError("settings.CACHES in %r is not a dict but %s" % (
            module_name, type(caches_setting).__name__))

    aliases = list(caches_setting)
    if args.alias is not None:
        if args.alias not in caches_setting:
            raise HelperError("no cache alias %s (aliases: %s)" % (
                args.alias, ", ".join(str(a) for a in aliases) or "none"))
        selected = [args.alias]
    else:
        selected = aliases

    entries = []
    for alias in selected:
        entry = describe_alias(alias, caches_setting[alias])
        if args.alias is not None and entry.get("error"):
            raise HelperError("cache alias %s: %s" % (args.alias, entry["error"]))
        entries.append(entry)

    return {
        "django_version": django.get_version(),
        "python": sys.executable,
        "settings_module": module_name,
        "caches_explicit": bool(explicit),
        "caches": entries,
    }


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    json_out = divert_stdout()
    try:
        document = collect(args)
        text = json.dumps(document, indent=2, ensure_ascii=True, allow_nan=False)
    except HelperError as exc:
        sys.stderr.write("%s: error: %s\n" % (PROG, exc))
        sys.stderr.flush()
        return EXIT_ERROR
    json_out.write(text + "\n")
    json_out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
