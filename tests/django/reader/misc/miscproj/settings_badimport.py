import module_that_does_not_exist_lb  # noqa: F401

SECRET_KEY = "test-only"
