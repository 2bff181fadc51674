#!/usr/bin/python3
"""Takes a lock the way Celery's task cookbook does ("Ensuring a task is only
executed one at a time"), through real Celery and a real Django cache on
memcached: a task run eagerly takes cache.add('<task name>-lock-<md5 of the
feed URL>', app.oid, LOCK_EXPIRE), prints "held <key> <oid>", waits for stdin to
close, then releases with cache.delete as the recipe does.

argv: LOCATION (Django's, e.g. 127.0.0.1:23001;127.0.0.1:23002) BACKEND FEED_URL
Run with Debian's python3 (python3-celery, python3-django, python3-memcache).
"""
import sys
from contextlib import contextmanager
from hashlib import md5
import time

import django
from django.conf import settings

location, backend, feed_url = sys.argv[1:4]
settings.configure(CACHES={"default": {"BACKEND": backend, "LOCATION": location}})
django.setup()

from celery import Celery  # noqa: E402
from django.core.cache import cache  # noqa: E402

app = Celery("feeds", broker="memory://", backend="cache+memory://")
app.conf.task_always_eager = True

LOCK_EXPIRE = 60 * 10  # the cookbook's: ten minutes


@contextmanager
def memcache_lock(lock_id, oid):
    # The cookbook's context manager, as written for Celery 5.
    timeout_at = time.monotonic() + LOCK_EXPIRE - 3
    status = cache.add(lock_id, oid, LOCK_EXPIRE)
    try:
        yield status
    finally:
        if time.monotonic() < timeout_at and status:
            cache.delete(lock_id)


@app.task(bind=True, name="feeds.tasks.import_feed")
def import_feed(self, url):
    lock_id = "{0}-lock-{1}".format(self.name, md5(url.encode("utf-8")).hexdigest())
    with memcache_lock(lock_id, self.app.oid) as acquired:
        if not acquired:
            return "busy"
        print("held", cache.make_key(lock_id), self.app.oid, flush=True)
        sys.stdin.read()
        return "imported"


print(import_feed.delay(feed_url).get(), flush=True)
