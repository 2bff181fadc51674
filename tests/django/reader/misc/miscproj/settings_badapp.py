SECRET_KEY = "test-only"
INSTALLED_APPS = ["app_that_does_not_exist_lb"]
CACHES = {}
