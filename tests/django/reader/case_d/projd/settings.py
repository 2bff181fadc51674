# Case (d): LOCATION as a list, unix sockets, sloppy separators.
SECRET_KEY = "test-only"
INSTALLED_APPS = []
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache",
        "LOCATION": ["127.0.0.1:11211", "127.0.0.1:11212"],
    },
    "sock_pylibmc": {
        "BACKEND": "django.core.cache.backends.memcached.PyLibMCCache",
        "LOCATION": "unix:/tmp/mc.sock",
    },
    "sock_pymemcache": {
        "BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache",
        "LOCATION": "unix:/tmp/mc.sock",
    },
    "sock_memcache": {
        "BACKEND": "django.core.cache.backends.memcached.MemcachedCache",
        "LOCATION": "unix:/tmp/mc.sock",
    },
    "tuple": {
        "BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache",
        "LOCATION": ("127.0.0.1:11211",),
    },
    "sloppy": {
        "BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache",
        "LOCATION": "127.0.0.1:11211; 127.0.0.1:11212;",
    },
}
