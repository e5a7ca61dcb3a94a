"""Deployment settings, read from the environment with sane defaults."""
import os

REGION_ID = os.environ.get("MS_REGION", "cn-east-3")
PROJECT_ID = os.environ.get("MS_PROJECT_ID", "")
AK = os.environ.get("MS_AK", "")
SK = os.environ.get("MS_SK", "")
PRICE_SYNC_ATTEMPTS = 5
