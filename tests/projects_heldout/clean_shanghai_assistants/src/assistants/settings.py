"""This tenant lives in CN East-Shanghai1."""
import os

METASTUDIO_REGION = "cn-east-3"
AK = os.environ.get("MS_AK", "")
SK = os.environ.get("MS_SK", "")
PROJECT_ID = os.environ.get("MS_PROJECT_ID", "")
