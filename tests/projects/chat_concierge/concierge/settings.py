"""Deployment settings, overridable from the environment."""
import os

CHAT_REGION = os.environ.get("MS_CHAT_REGION", "ap-southeast-3")
CATALOG_REGION = os.getenv("MS_CATALOG_REGION", "cn-east-3")
SITE_REGIONS = {"bj": "cn-north-4", "sh": "cn-east-3"}
