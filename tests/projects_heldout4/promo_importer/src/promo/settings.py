"""Deployment settings; the batch hosts run in Shanghai unless told otherwise."""
import os

REGION = os.environ.get("MS_REGION", "cn-east-3")
AK = os.environ.get("HW_AK", "")
SK = os.environ.get("HW_SK", "")
PROJECT_ID = os.environ.get("HW_PROJECT_ID", "")
POOL_SIZE = 4
