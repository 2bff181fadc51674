# Settings that fail while being imported (a variable the deployment forgot).
import os

SECRET_KEY = os.environ["APP_SECRET_THAT_IS_NOT_SET"]
