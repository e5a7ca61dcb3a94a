import os

SECRET_KEY = os.getenv("DJANGO_SECRET_KEY", "dev")
INSTALLED_APPS = ["django.contrib.contenttypes", "media"]
METASTUDIO_REGION = os.getenv("METASTUDIO_REGION", "cn-north-4")
METASTUDIO_PROJECT_ID = os.getenv("METASTUDIO_PROJECT_ID", "")
