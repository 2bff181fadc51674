# Case (e): pylibmc behaviors that do / do not select a consistent (ketama) continuum.
SECRET_KEY = "test-only"
INSTALLED_APPS = []
_B = "django.core.cache.backends.memcached.PyLibMCCache"
_L = "127.0.0.1:11211"
BEHAVIOR_CASES = {
    "none": None,
    "empty": {},
    "ketama_true": {"ketama": True},
    "ketama_one": {"ketama": 1},
    "ketama_false": {"ketama": False},
    "weighted": {"ketama_weighted": True},
    "weighted_false": {"ketama_weighted": False},
    "dist_ketama": {"distribution": "consistent ketama"},
    "dist_consistent": {"distribution": "consistent"},
    "dist_weighted": {"distribution": "consistent weighted"},
    "dist_random": {"distribution": "random"},
    "ketama_then_modula": {"ketama": True, "distribution": "modula"},
    "weighted_with_hash": {"hash": "crc", "ketama_weighted": True},
    "hash_only": {"hash": "md5", "tcp_nodelay": True},
    "weighted_then_spy": {"ketama_weighted": True, "distribution": "consistent ketama spy"},
    "weighted_then_consistent": {"ketama_weighted": True, "distribution": "consistent"},
    "weighted_then_modula": {"ketama_weighted": True, "distribution": "modula"},
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
for _name, _beh in BEHAVIOR_CASES.items():
    CACHES[_name] = {"BACKEND": _B, "LOCATION": _L}
    if _beh is not None:
        CACHES[_name]["OPTIONS"] = {"behaviors": _beh}
CACHES["binary"] = {"BACKEND": _B, "LOCATION": _L,
                    "OPTIONS": {"binary": True, "behaviors": {"ketama": True, "tcp_nodelay": True}}}
# Server weights ("host:port:weight", pylibmc syntax) matter under consistent distributions.
_W = ["127.0.0.1:11211:2", "127.0.0.1:11212"]
CACHES["weights_ketama"] = {"BACKEND": _B, "LOCATION": _W, "OPTIONS": {"behaviors": {"ketama": True}}}
CACHES["weights_modula"] = {"BACKEND": _B, "LOCATION": _W}
CACHES["bad_name"] = {"BACKEND": _B, "LOCATION": _L, "OPTIONS": {"behaviors": {"ketamma": True}}}
CACHES["bad_type"] = {"BACKEND": _B, "LOCATION": _L, "OPTIONS": {"behaviors": {"ketama": "yes"}}}
CACHES["bad_dist"] = {"BACKEND": _B, "LOCATION": _L, "OPTIONS": {"behaviors": {"distribution": "ketama"}}}
