"""Django settings for the avatar gallery (trimmed to what the project uses)."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "dev-only-not-a-secret")
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = ["gallery.internal", "localhost", "127.0.0.1"]

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.staticfiles",
    "apps.avatars",
]
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.common.CommonMiddleware",
]
ROOT_URLCONF = "gallery.urls"
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}}
STATIC_URL = "static/"
TIME_ZONE = "Asia/Shanghai"
USE_TZ = True

CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0")
CELERY_TASK_ACKS_LATE = True

# MetaStudio tenant used by the gallery. The gallery itself runs against the Shanghai
# tenant; the lobby kiosks of the Singapore office use the Singapore tenant.
METASTUDIO = {
    "REGION": "cn-east-3",
    "KIOSK_REGION": "ap-southeast-3",
    "PROJECT_ID": os.environ.get("MS_PROJECT_ID", ""),
    "AK": os.environ.get("MS_AK", ""),
    "SK": os.environ.get("MS_SK", ""),
    "PREVIEW_SCRIPT_ID": os.environ.get("MS_PREVIEW_SCRIPT_ID", ""),
    "PREVIEW_VOICE_ASSET_ID": os.environ.get("MS_PREVIEW_VOICE_ASSET_ID", ""),
    "KIOSK_ROBOT_ID": os.environ.get("MS_KIOSK_ROBOT_ID", ""),
}
