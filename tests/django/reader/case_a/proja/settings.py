# Case (a): LOCATION string with ';' and ',' separators, python-memcached,
# KEY_PREFIX / VERSION taken from the environment (note: VERSION stays a str).
import os

SECRET_KEY = "test-only"
INSTALLED_APPS = []
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.memcached.MemcachedCache",
        "LOCATION": "127.0.0.1:11211;127.0.0.1:11212,127.0.0.1:11213",
        "KEY_PREFIX": os.environ.get("LB_TEST_KEY_PREFIX", ""),
        "VERSION": os.environ.get("LB_TEST_VERSION", 1),
    },
}
