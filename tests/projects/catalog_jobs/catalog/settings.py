"""Deployment settings of the catalog importer."""
import os

METASTUDIO_PROJECT_ID = os.environ.get("MS_PROJECT_ID", "")
METASTUDIO_REGION = "cn-east-3"
ACCESS_KEY = os.environ.get("HW_AK", "")
SECRET_KEY = os.environ.get("HW_SK", "")
