"""Deployment settings for the catalogue sync (one tenant, Shanghai)."""
import os

METASTUDIO_REGION = "cn-east-3"
PROJECT_ID = os.environ.get("HW_PROJECT_ID", "")
ACCESS_KEY = os.environ.get("HW_AK", "")
SECRET_KEY = os.environ.get("HW_SK", "")
DELETE_PAUSE_S = 0.2
