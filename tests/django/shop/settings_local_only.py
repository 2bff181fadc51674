# No memcached at all.
SECRET_KEY = "lockboard-tests-only"
INSTALLED_APPS = []
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
