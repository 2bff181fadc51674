SECRET_KEY = "test-only"
raise RuntimeError("settings exploded on purpose")
