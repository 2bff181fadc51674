"""What the application does through its own cache (run with the project on sys.path).

    app.py set ALIAS N       store k0..k<N-1> (value 1, no timeout); print how many
    app.py lock ALIAS NAME   the seed's recipe: add('__d_lock_NAME', 1, 120); print true/false

With APP_NO_REHASH=1 it applies the doctor's fix for python-memcached first
(memcache.Client._SERVER_RETRIES = 1: a key is only tried on its home server).
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shop.settings")

if os.environ.get("APP_NO_REHASH") == "1":
    import memcache

    memcache.Client._SERVER_RETRIES = 1

import django  # noqa: E402

django.setup()
from django.core.cache import caches  # noqa: E402

action, alias, arg = sys.argv[1:4]
cache = caches[alias]
if action == "set":
    for i in range(int(arg)):
        cache.set("k%d" % i, 1, None)
    print(json.dumps(int(arg)))
elif action == "lock":
    print(json.dumps(bool(cache.add("__d_lock_%s" % arg, 1, 120))))
else:
    sys.exit("unknown action %r" % action)
