"""Django settings for the studio portal (digital-human video and livestream back office)."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "dev-only-not-secret")
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "localhost").split(",")

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "django.contrib.staticfiles",
    "studio",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("PGDATABASE", "studio"),
        "HOST": os.environ.get("PGHOST", "localhost"),
    }
}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ.get("REDIS_URL", "redis://localhost:6379/1"),
    }
}

CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0")
CELERY_TASK_ACKS_LATE = True

# MetaStudio: the tenant lives in Shanghai.
METASTUDIO_REGION = "cn-east-3"
METASTUDIO_AK = os.environ.get("METASTUDIO_AK", "")
METASTUDIO_SK = os.environ.get("METASTUDIO_SK", "")
METASTUDIO_PROJECT_ID = os.environ.get("METASTUDIO_PROJECT_ID", "")
METASTUDIO_TIMEOUT = (5, 60)
