#!/usr/bin/env python3
"""Tests for read_django_caches.py (plain unittest).

Every test runs the helper in a subprocess with /usr/bin/python3 (Debian 12:
Django 3.2, python3-memcache, python3-pymemcache, python3-pylibmc) against
the small Django projects under tests/.  No memcached is started and the
helper must not open any socket (tst_djangoimport checks that).

    python3 test_read_django_caches.py -v
"""

import json
import os
import pickle
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
HELPER = os.path.join(HERE, "..", "..", "..", "core", "django", "read_django_caches.py")
PROJECTS = HERE
PYTHON = os.environ.get("LOCKBOARD_PYTHON", "/usr/bin/python3")

MEMCACHED = "django.core.cache.backends.memcached."


def project(name):
    return os.path.join(PROJECTS, name)


def clean_env(extra=None):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DJANGO_SETTINGS_MODULE", "PYTHONPATH", "PYTHONHOME",
                        "LB_TEST_KEY_PREFIX", "LB_TEST_VERSION")}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.update(extra or {})
    return env


def run_helper(args, env=None, python=PYTHON, python_flags=(), wrapper=()):
    cmd = list(wrapper) + [python] + list(python_flags) + [HELPER] + list(args)
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          env=clean_env(env), cwd=tempfile.gettempdir(), timeout=120)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8", "replace")


class HelperTestCase(unittest.TestCase):
    maxDiff = None

    def ok(self, args, **kw):
        rc, out, err = run_helper(args, **kw)
        self.assertEqual(rc, 0, "rc=%s\nstdout=%s\nstderr=%s" % (rc, out, err))
        try:
            doc = json.loads(out)
        except ValueError as exc:
            self.fail("stdout is not JSON (%s):\n%s\nstderr=%s" % (exc, out, err))
        return doc, err

    def fails(self, args, **kw):
        rc, out, err = run_helper(args, **kw)
        self.assertEqual(rc, 2, "expected exit 2, got %s\nstdout=%s\nstderr=%s" % (rc, out, err))
        self.assertEqual(out, "", "nothing may be written to stdout on error")
        self.assertTrue(err.startswith("read_django_caches: error: "), err)
        return err

    @staticmethod
    def by_alias(doc):
        return {c["alias"]: c for c in doc["caches"]}

    def assertCommon(self, doc, settings_module):
        self.assertEqual(doc["django_version"].split(".")[:2], ["3", "2"])
        self.assertEqual(doc["python"], PYTHON)
        self.assertEqual(doc["settings_module"], settings_module)
        for entry in doc["caches"]:
            for key in ("alias", "backend", "memcached", "client", "servers", "options",
                        "key_prefix", "version", "key_function_default", "key_function_check"):
                self.assertIn(key, entry)


# ---------------------------------------------------------------------------
class CaseA_LocationStringPythonMemcached(HelperTestCase):
    ARGS = ["--settings", "proja.settings", "--pythonpath", project("case_a")]

    def test_split_and_env_prefix_version(self):
        doc, _ = self.ok(self.ARGS, env={"LB_TEST_KEY_PREFIX": "nightly", "LB_TEST_VERSION": "7"})
        self.assertCommon(doc, "proja.settings")
        self.assertTrue(doc["caches_explicit"])
        (c,) = doc["caches"]
        self.assertEqual(c["alias"], "default")
        self.assertEqual(c["backend"], MEMCACHED + "MemcachedCache")
        self.assertIs(c["memcached"], True)
        self.assertEqual(c["client"], "python-memcached")
        self.assertEqual(c["servers"], ["127.0.0.1:11211", "127.0.0.1:11212", "127.0.0.1:11213"])
        self.assertEqual(c["client_servers"], c["servers"])
        self.assertEqual(c["options"], {"pickleProtocol": pickle.HIGHEST_PROTOCOL})
        self.assertEqual(c["key_prefix"], "nightly")
        self.assertEqual(c["version"], "7")  # os.environ value: Django keeps the str
        self.assertIs(c["key_function_default"], True)
        chk = c["key_function_check"]
        self.assertEqual(chk["key_function"], "django.core.cache.backends.base.default_key_func")
        self.assertIs(chk["is_django_default_func"], True)
        self.assertIsNone(chk["mismatch"])
        # versions None, 1, 2 and "7" (a str, distinct from int 7) x 6 probe keys
        self.assertEqual(chk["probes_checked"], 24)
        self.assertTrue(any("MemcachedCache is deprecated" in w for w in c["warnings"]), c["warnings"])

    def test_defaults_without_env(self):
        doc, _ = self.ok(self.ARGS)
        (c,) = doc["caches"]
        self.assertEqual(c["key_prefix"], "")
        self.assertEqual(c["version"], 1)
        self.assertIs(c["key_function_default"], True)
        self.assertEqual(c["key_function_check"]["probes_checked"], 18)

    def test_settings_from_environment(self):
        doc, _ = self.ok(["--pythonpath", project("case_a")],
                         env={"DJANGO_SETTINGS_MODULE": "proja.settings"})
        self.assertEqual(doc["settings_module"], "proja.settings")
        self.assertEqual(len(doc["caches"]), 1)

    def test_settings_option_overrides_environment(self):
        doc, _ = self.ok(self.ARGS, env={"DJANGO_SETTINGS_MODULE": "does.not.exist"})
        self.assertEqual(doc["settings_module"], "proja.settings")


# ---------------------------------------------------------------------------
class CaseB_SeveralAliases(HelperTestCase):
    ARGS = ["--settings", "projb.settings", "--pythonpath", project("case_b")]

    def test_all_aliases(self):
        doc, _ = self.ok(self.ARGS)
        self.assertCommon(doc, "projb.settings")
        self.assertEqual([c["alias"] for c in doc["caches"]], ["default", "locks", "plain", "local"])
        c = self.by_alias(doc)

        d = c["default"]
        self.assertEqual(d["backend"], MEMCACHED + "PyMemcacheCache")
        self.assertEqual(d["client"], "pymemcache")
        self.assertEqual(d["servers"], ["10.0.0.5:11211"])
        opts = dict(d["options"])
        serde = opts.pop("serde")
        self.assertEqual(serde["__python_object__"], "pymemcache.serde.PickleSerde")
        self.assertNotIn(" at 0x", serde["repr"])
        # Django's defaults merged with (and overridden by) the user's OPTIONS
        self.assertEqual(opts, {"allow_unicode_keys": True, "default_noreply": True, "ignore_exc": True})
        self.assertIs(d["key_function_default"], True)

        locks = c["locks"]
        self.assertEqual(locks["backend"], MEMCACHED + "PyLibMCCache")
        self.assertEqual(locks["client"], "pylibmc-ketama")
        self.assertEqual(locks["servers"], ["10.0.0.6:11211", "10.0.0.7:11211"])
        self.assertEqual(locks["options"], {"behaviors": {"ketama": True}})
        self.assertEqual(locks["key_prefix"], "lk")
        self.assertEqual(locks["pylibmc"]["distribution"], "consistent ketama")
        self.assertIs(locks["pylibmc"]["ketama"], True)
        self.assertIs(locks["pylibmc"]["ketama_weighted"], False)

        plain = c["plain"]
        self.assertEqual(plain["client"], "pylibmc")
        self.assertEqual(plain["servers"], ["10.0.0.8:11211"])
        self.assertEqual(plain["options"], {})  # PyLibMCCache adds no defaults
        self.assertEqual(plain["pylibmc"]["distribution"], "modula")

        local = c["local"]
        self.assertIs(local["memcached"], False)
        self.assertEqual(local["backend"], "django.core.cache.backends.locmem.LocMemCache")
        self.assertIsNone(local["client"])
        self.assertIsNone(local["servers"])
        self.assertEqual(local["location"], "unique-snowflake")
        self.assertNotIn("error", local)

    def test_single_alias(self):
        doc, _ = self.ok(self.ARGS + ["--alias", "locks"])
        self.assertEqual([c["alias"] for c in doc["caches"]], ["locks"])
        self.assertEqual(doc["caches"][0]["client"], "pylibmc-ketama")

    def test_single_non_memcached_alias_is_not_an_error(self):
        doc, _ = self.ok(self.ARGS + ["--alias", "local"])
        self.assertIs(doc["caches"][0]["memcached"], False)

    def test_missing_alias(self):
        err = self.fails(self.ARGS + ["--alias", "nope"])
        self.assertIn("no cache alias nope (aliases: default, locks, plain, local)", err)

    def test_client_library_missing(self):
        # tests/shadow_pylibmc/pylibmc raises ImportError: as if pylibmc were not installed
        args = self.ARGS + ["--pythonpath", project("shadow_pylibmc")]
        doc, _ = self.ok(args)
        c = self.by_alias(doc)
        self.assertNotIn("error", c["default"])
        for alias in ("locks", "plain"):
            self.assertIs(c[alias]["memcached"], True)
            self.assertEqual(c[alias]["client"], "pylibmc")
            self.assertIsNone(c[alias]["servers"])
            self.assertIn("simulated: pylibmc is not installed", c[alias]["error"])
        err = self.fails(args + ["--alias", "locks"])
        self.assertIn("cache alias locks: cannot construct backend", err)
        self.assertIn("simulated: pylibmc is not installed", err)


# ---------------------------------------------------------------------------
class CaseC_KeyFunctions(HelperTestCase):
    ARGS = ["--settings", "myproj.settings", "--pythonpath", project("case_c")]

    def test_key_functions(self):
        doc, _ = self.ok(self.ARGS)
        c = self.by_alias(doc)

        d = c["default"]
        self.assertIs(d["key_function_default"], False)
        chk = d["key_function_check"]
        self.assertEqual(chk["key_function"], "myproj.keys.make_key")
        self.assertEqual(chk["mismatch"], {"probe": "__d_lock_nightly", "version": None,
                                           "expected": "p:1:__d_lock_nightly",
                                           "got": "custom:__d_lock_nightly"})
        self.assertIn("custom:__d_lock_nightly", chk["message"])

        same = c["same"]  # reimplements the default formula -> counts as default
        self.assertIs(same["key_function_default"], True)
        self.assertIs(same["key_function_check"]["is_django_default_func"], False)
        self.assertEqual(same["version"], 3)

        asc = c["ascii"]  # differs only for non-ASCII keys; callable KEY_FUNCTION
        self.assertIs(asc["key_function_default"], False)
        self.assertEqual(asc["key_function_check"]["key_function"], "myproj.keys.ascii_only")
        mm = asc["key_function_check"]["mismatch"]
        self.assertEqual(mm["probe"], "\u00fcn\u00ef")
        self.assertEqual(mm["expected"], ":1:\u00fcn\u00ef")
        self.assertEqual(mm["got"], ":1:\\xfcn\\xef")

        rai = c["raising"]
        self.assertIs(rai["key_function_default"], False)
        self.assertIn("RuntimeError: key function exploded", rai["key_function_check"]["mismatch"]["error"])
        self.assertIsNone(rai["key_function_check"]["mismatch"]["got"])


# ---------------------------------------------------------------------------
class CaseD_ListsAndSockets(HelperTestCase):
    ARGS = ["--settings", "projd.settings", "--pythonpath", project("case_d")]

    def test_locations(self):
        doc, _ = self.ok(self.ARGS)
        c = self.by_alias(doc)
        self.assertEqual(c["default"]["servers"], ["127.0.0.1:11211", "127.0.0.1:11212"])
        self.assertEqual(c["tuple"]["servers"], ["127.0.0.1:11211"])
        for alias, client in (("sock_pylibmc", "pylibmc"), ("sock_pymemcache", "pymemcache"),
                              ("sock_memcache", "python-memcached")):
            self.assertEqual(c[alias]["client"], client)
            self.assertEqual(c[alias]["servers"], ["unix:/tmp/mc.sock"])  # backend._servers verbatim
        # PyLibMCCache.client_servers strips "unix:" (pylibmc wants a bare path)
        self.assertEqual(c["sock_pylibmc"]["client_servers"], ["/tmp/mc.sock"])
        self.assertEqual(c["sock_pymemcache"]["client_servers"], ["unix:/tmp/mc.sock"])
        self.assertEqual(c["sock_memcache"]["client_servers"], ["unix:/tmp/mc.sock"])

    def test_sloppy_separators_are_reported_not_fixed(self):
        doc, _ = self.ok(self.ARGS + ["--alias", "sloppy"])
        (s,) = doc["caches"]
        self.assertEqual(s["servers"], ["127.0.0.1:11211", " 127.0.0.1:11212", ""])
        self.assertEqual(len(s["warnings"]), 2, s["warnings"])


# ---------------------------------------------------------------------------
class CaseE_PylibmcBehaviors(HelperTestCase):
    ARGS = ["--settings", "projbeh.settings", "--pythonpath", project("case_e")]
    EXPECTED_CLIENT = {
        "none": "pylibmc", "empty": "pylibmc", "ketama_false": "pylibmc",
        "dist_random": "pylibmc", "ketama_then_modula": "pylibmc", "hash_only": "pylibmc",
        "weighted_then_modula": "pylibmc", "weights_modula": "pylibmc",
        "ketama_true": "pylibmc-ketama", "ketama_one": "pylibmc-ketama",
        "weighted": "pylibmc-ketama", "weighted_false": "pylibmc-ketama",
        "dist_ketama": "pylibmc-ketama", "dist_consistent": "pylibmc-ketama",
        "dist_weighted": "pylibmc-ketama", "weighted_with_hash": "pylibmc-ketama",
        "weighted_then_spy": "pylibmc-ketama", "weighted_then_consistent": "pylibmc-ketama",
        "binary": "pylibmc-ketama", "weights_ketama": "pylibmc-ketama",
    }

    @classmethod
    def setUpClass(cls):
        rc, out, err = run_helper(cls.ARGS)
        if rc != 0:
            raise AssertionError("helper failed: %s" % err)
        cls.doc = json.loads(out)

    def test_clients(self):
        c = self.by_alias(self.doc)
        got = {a: e["client"] for a, e in c.items() if a in self.EXPECTED_CLIENT}
        self.assertEqual(got, self.EXPECTED_CLIENT)
        self.assertEqual(c["weighted"]["pylibmc"]["hash"], "md5")
        self.assertIs(c["weights_ketama"]["pylibmc"]["ketama_weighted"], True)
        self.assertIs(c["binary"]["pylibmc"]["binary"], True)

    def test_invalid_behaviors(self):
        c = self.by_alias(self.doc)
        self.assertIn("unknown behavior names: ketamma", c["bad_name"]["error"])
        self.assertIn("behavior ketama must be int, not str", c["bad_type"]["error"])
        self.assertIn("unknown hash/distribution name 'ketama'", c["bad_dist"]["error"])
        self.assertIsNone(c["bad_name"]["pylibmc"])
        err = self.fails(self.ARGS + ["--alias", "bad_name"])
        self.assertIn("cache alias bad_name: OPTIONS would be rejected by pylibmc", err)

    def test_model_matches_real_libmemcached(self):
        """Cross-check the static model against the installed pylibmc/libmemcached.

        pylibmc's get_behaviors() tries to connect to the first server
        (libmemcached queries socket buffer sizes); the projects' servers are
        loopback ports nothing listens on, so it is refused at once."""
        c = self.by_alias(self.doc)
        cases = {a: {"servers": e["client_servers"], "options": e["options"], "model": e["pylibmc"]}
                 for a, e in c.items() if e.get("pylibmc")}
        probe = r'''
import json, sys, pylibmc
from pylibmc.consts import hashers_rvs
out = {}
for alias, case in json.load(sys.stdin).items():
    b = pylibmc.Client(case["servers"], **case["options"]).get_behaviors()
    out[alias] = {"distribution": b["distribution"], "ketama": bool(b["ketama"]),
                  "ketama_weighted": bool(b["ketama_weighted"]), "hash": b["hash"],
                  "ketama_hash": hashers_rvs.get(b["ketama_hash"], b["ketama_hash"])}
print(json.dumps(out))
'''
        proc = subprocess.run([PYTHON, "-c", probe], input=json.dumps(cases).encode(),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=clean_env(), timeout=120)
        self.assertEqual(proc.returncode, 0, proc.stderr.decode())
        real = json.loads(proc.stdout)
        self.assertEqual(set(real), set(cases))
        for alias, case in cases.items():
            model = {k: case["model"][k] for k in ("distribution", "ketama", "ketama_weighted", "hash", "ketama_hash")}
            self.assertEqual(model, real[alias], alias)


# ---------------------------------------------------------------------------
class Errors(HelperTestCase):
    MISC = ["--pythonpath", project("misc")]

    def test_missing_settings_module(self):
        err = self.fails(["--settings", "nosuchproj_lb.settings"] + self.MISC)
        self.assertIn("settings module 'nosuchproj_lb.settings' not found", err)
        self.assertIn("No module named 'nosuchproj_lb'", err)

    def test_missing_settings_submodule(self):
        err = self.fails(["--settings", "miscproj.nosuch"] + self.MISC)
        self.assertIn("settings module 'miscproj.nosuch' not found", err)

    def test_settings_module_raises(self):
        err = self.fails(["--settings", "miscproj.settings_raises"] + self.MISC)
        self.assertIn("settings module 'miscproj.settings_raises' failed to import: "
                      "RuntimeError: settings exploded on purpose", err)
        self.assertIn("settings_raises.py:2", err)

    def test_settings_module_imports_missing_module(self):
        err = self.fails(["--settings", "miscproj.settings_badimport"] + self.MISC)
        self.assertIn("settings module 'miscproj.settings_badimport' failed to import: "
                      "ModuleNotFoundError: No module named 'module_that_does_not_exist_lb'", err)

    def test_no_settings_at_all(self):
        err = self.fails(self.MISC)
        self.assertIn("no settings module: pass --settings MODULE or set DJANGO_SETTINGS_MODULE", err)

    def test_django_setup_fails(self):
        err = self.fails(["--settings", "miscproj.settings_badapp"] + self.MISC)
        self.assertIn("django.setup() failed with settings module 'miscproj.settings_badapp'", err)
        self.assertIn("app_that_does_not_exist_lb", err)

    def test_django_not_importable_isolated_interpreter(self):
        # -S: no site module, so Debian's dist-packages (where Django lives) is
        # not on sys.path; -I: ignore PYTHON* variables and user site.
        err = self.fails(["--settings", "proja.settings", "--pythonpath", project("case_a")],
                         python_flags=["-I", "-S"])
        self.assertIn("django is not importable with %s: ModuleNotFoundError: No module named 'django'"
                      % PYTHON, err)

    def test_django_not_importable_shadowed(self):
        err = self.fails(["--settings", "proja.settings", "--pythonpath", project("case_a"),
                          "--pythonpath", project("shadow_django")])
        self.assertIn("django is not importable with %s: ImportError: simulated: this django is broken"
                      % PYTHON, err)


# ---------------------------------------------------------------------------
class Misc(HelperTestCase):
    MISC = ["--pythonpath", project("misc")]

    def test_noisy_settings_keep_stdout_json(self):
        doc, err = self.ok(["--settings", "miscproj.settings_noisy"] + self.MISC)
        self.assertEqual(len(doc["caches"]), 1)
        for line in ("hello from settings (print)", "hello from settings (sys.stdout)",
                     "hello from settings (fd 1)"):
            self.assertIn(line, err)

    def test_caches_not_defined(self):
        doc, _ = self.ok(["--settings", "miscproj.settings_nocaches"] + self.MISC)
        self.assertIs(doc["caches_explicit"], False)
        (c,) = doc["caches"]
        self.assertEqual(c["backend"], "django.core.cache.backends.locmem.LocMemCache")
        self.assertIs(c["memcached"], False)

    def test_caches_empty(self):
        doc, _ = self.ok(["--settings", "miscproj.settings_emptycaches"] + self.MISC)
        self.assertEqual(doc["caches"], [])
        err = self.fails(["--settings", "miscproj.settings_emptycaches", "--alias", "default"] + self.MISC)
        self.assertIn("no cache alias default (aliases: none)", err)

    def test_bad_backends(self):
        doc, _ = self.ok(["--settings", "miscproj.settings_badbackend"] + self.MISC)
        c = self.by_alias(doc)
        self.assertNotIn("error", c["default"])
        self.assertIn("cannot import BACKEND", c["typo"]["error"])
        self.assertIn("NoSuchCache", c["typo"]["error"])
        self.assertIn("has no BACKEND", c["nobackend"]["error"])
        self.assertIs(c["db"]["memcached"], False)
        self.assertNotIn("error", c["db"])


if __name__ == "__main__":
    if not os.path.exists(PYTHON):
        sys.exit("interpreter %s not found" % PYTHON)
    unittest.main()
