SECRET_KEY = "test-only"
INSTALLED_APPS = []
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache",
        "LOCATION": "127.0.0.1:11211",
    },
    "typo": {"BACKEND": "django.core.cache.backends.memcached.NoSuchCache"},
    "nobackend": {"LOCATION": "127.0.0.1:11211"},
    "db": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "cache_table"},
}
