"""Settings for the photo modeling service, read once from the environment."""
import os

os.environ.setdefault("MS_REGION", "cn-east-3")
os.environ.setdefault("CELERY_BROKER_URL", "redis://localhost:6379/3")

REGION = os.environ["MS_REGION"]
BROKER_URL = os.environ["CELERY_BROKER_URL"]
MAX_ATTEMPTS = 4
BACKOFF_SECONDS = 0.5
POLL_SECONDS = 5
PURGE_PAUSE = 0.25
