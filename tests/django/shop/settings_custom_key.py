# KEY_FUNCTION of the project's own: keys Lockboard cannot compute.
import os

SECRET_KEY = "lockboard-tests-only"
INSTALLED_APPS = []


def make_key(key, key_prefix, version):
    return "%s|%s|%s" % (key_prefix, version, key)


CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache",
        "LOCATION": os.environ["APP_MEMCACHED"],
        "KEY_FUNCTION": make_key,
    },
}
