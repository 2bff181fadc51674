# Prints to stdout while being imported; the helper must keep stdout pure JSON.
import os
import sys

print("hello from settings (print)")
sys.stdout.write("hello from settings (sys.stdout)\n")
sys.stdout.flush()
os.write(1, b"hello from settings (fd 1)\n")

SECRET_KEY = "test-only"
INSTALLED_APPS = []
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache",
        "LOCATION": "127.0.0.1:11211",
    },
}
