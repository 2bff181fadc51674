# Case (c): custom KEY_FUNCTIONs (dotted path and callable).
from myproj.keys import ascii_only

SECRET_KEY = "test-only"
INSTALLED_APPS = []
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache",
        "LOCATION": "127.0.0.1:11211",
        "KEY_PREFIX": "p",
        "KEY_FUNCTION": "myproj.keys.make_key",
    },
    "same": {
        "BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache",
        "LOCATION": "127.0.0.1:11211",
        "KEY_PREFIX": "p",
        "VERSION": 3,
        "KEY_FUNCTION": "myproj.keys.same_as_default",
    },
    "ascii": {
        "BACKEND": "django.core.cache.backends.memcached.PyLibMCCache",
        "LOCATION": "127.0.0.1:11211",
        "KEY_FUNCTION": ascii_only,
    },
    "raising": {
        "BACKEND": "django.core.cache.backends.memcached.MemcachedCache",
        "LOCATION": "127.0.0.1:11211",
        "KEY_FUNCTION": "myproj.keys.raising",
    },
}
