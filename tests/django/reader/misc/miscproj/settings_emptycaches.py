SECRET_KEY = "test-only"
INSTALLED_APPS = []
CACHES = {}
