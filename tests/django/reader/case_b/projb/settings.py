# Case (b): several aliases with different clients.
SECRET_KEY = "test-only"
INSTALLED_APPS = []
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache",
        "LOCATION": "10.0.0.5:11211",
        "OPTIONS": {"default_noreply": True, "ignore_exc": True},
    },
    "locks": {
        "BACKEND": "django.core.cache.backends.memcached.PyLibMCCache",
        "LOCATION": ["10.0.0.6:11211", "10.0.0.7:11211"],
        "KEY_PREFIX": "lk",
        "OPTIONS": {"behaviors": {"ketama": True}},
    },
    "plain": {
        "BACKEND": "django.core.cache.backends.memcached.PyLibMCCache",
        "LOCATION": "10.0.0.8:11211",
    },
    "local": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "unique-snowflake",
    },
}
