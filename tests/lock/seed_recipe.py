#!/usr/bin/python3
"""The seed's Django lock recipe, run under Django 3.2 with python-memcached.

Django's MemcachedCache (python-memcached) on the servers in $LOCKBOARD_SERVERS
(comma-separated), with KEY_PREFIX $DJANGO_KEY_PREFIX and VERSION $DJANGO_VERSION.

    seed_recipe.py hold NAME   take the lock, print "acquired", hold it until stdin closes
        seed_recipe.py try NAME    take the lock once: print "acquired" (exit 0) or "excluded" (exit 3)
    seed_recipe.py take NAME   take the lock and die without releasing it, as a crashed worker does
"""
import contextlib
import logging
import os
import random
import sys
import time
import warnings

warnings.simplefilter("ignore")  # MemcachedCache is deprecated in Django 3.2

from django.conf import settings  # noqa: E402

settings.configure(CACHES={"default": {
    "BACKEND": "django.core.cache.backends.memcached.MemcachedCache",
    "LOCATION": os.environ["LOCKBOARD_SERVERS"].split(","),
    "KEY_PREFIX": os.environ.get("DJANGO_KEY_PREFIX", ""),
    "VERSION": int(os.environ.get("DJANGO_VERSION", "1")),
}})

from django.core.cache import cache as django_cache  # noqa: E402


# --- the seed's recipe, unchanged but for xrange -> range ---------------------
class MemcacheLockException(Exception):
    def __init__(self, *args, **kwargs):
        Exception.__init__(self, *args, **kwargs)


@contextlib.contextmanager
def memcache_lock(key, attempts=1, expires=120):
    key = '__d_lock_%s' % key

    got_lock = False
    try:
        got_lock = _acquire_lock(key, attempts, expires)
        yield
    finally:
        if got_lock:
            _release_lock(key)


def _acquire_lock(key, attempts, expires):
    for i in range(0, attempts):
        stored = django_cache.add(key, 1, expires)
        if stored:
            return True
        if i != attempts - 1:
            sleep_time = (((i + 1) * random.random()) + 2 ** i) / 2.5
            logging.debug('Sleeping for %s while trying to acquire key %s', sleep_time, key)
            time.sleep(sleep_time)
    raise MemcacheLockException('Could not acquire lock for %s' % key)


def _release_lock(key):
    django_cache.delete(key)
# -------------------------------------------------------------------------------


def main():
    mode, name = sys.argv[1], sys.argv[2]
    try:
        with memcache_lock(name):
            print("acquired", flush=True)
            if mode == "hold":
                sys.stdin.read()
            elif mode == "take":
                os._exit(0)  # no finally: the lock stays until its TTL
    except MemcacheLockException:
        print("excluded", flush=True)
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
