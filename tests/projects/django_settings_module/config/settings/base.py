"""Settings shared by every environment."""
import os

DEBUG = False
INSTALLED_APPS = ["django.contrib.contenttypes", "chat"]
METASTUDIO_PROJECT_ID = os.environ.get("METASTUDIO_PROJECT_ID", "")
METASTUDIO_REGION = "cn-north-4"
