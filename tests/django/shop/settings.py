# A Django project's cache settings, as production projects write them: the
# servers, KEY_PREFIX and VERSION come from the environment.
import os

SECRET_KEY = "lockboard-tests-only"
INSTALLED_APPS = []
USE_TZ = True

_prefix = os.environ.get("APP_KEY_PREFIX", "")
_version = os.environ.get("APP_CACHE_VERSION", 1)  # a string when it is set
_risky = os.environ.get("APP_RISKY") == "1"
# The doctor's fix for pymemcache's server removal: never remove a failed server.
_never_remove = {"retry_attempts": 1000000000} if os.environ.get("APP_NEVER_REMOVE") == "1" else {}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache",
        "LOCATION": os.environ["APP_MEMCACHED"],  # "h:p;h:p,h:p": Django splits on ';' and ','
        "KEY_PREFIX": _prefix,
        "VERSION": _version,
        "OPTIONS": dict({"default_noreply": True, "ignore_exc": True} if _risky else {}, **_never_remove),
    },
    "locks": {
        "BACKEND": "django.core.cache.backends.memcached.MemcachedCache",
        "LOCATION": os.environ["APP_LOCK_SERVERS"].split(","),
        "KEY_PREFIX": _prefix + "locks",
        "VERSION": _version,
    },
    "sessions": {
        "BACKEND": "django.core.cache.backends.memcached.PyLibMCCache",
        "LOCATION": os.environ["APP_MEMCACHED"],
        "KEY_PREFIX": _prefix,
        "OPTIONS": {"behaviors": {"remove_failed": 2, "retry_timeout": 5}} if _risky else {},
    },
    "ring": {
        "BACKEND": "django.core.cache.backends.memcached.PyLibMCCache",
        "LOCATION": os.environ["APP_MEMCACHED"],
        "OPTIONS": {
            "behaviors": dict({"ketama": True}, **({"auto_eject": True, "failure_limit": 2} if _risky else {}))
        },
    },
    "local": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    },
}
