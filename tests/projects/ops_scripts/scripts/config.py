"""Settings shared by the ops scripts.

The live-commerce tenant runs in AP-Singapore. Credentials come from the
environment (MS_AK, MS_SK, MS_PROJECT_ID, HW_USER, HW_PASSWORD, HW_DOMAIN_NAME).
"""
import os
from pathlib import Path

REGION = "ap-southeast-3"
HOST = "https://metastudio.ap-southeast-3.myhuaweicloud.com"
IAM_HOST = "https://iam.ap-southeast-3.myhuaweicloud.com"

PROJECT_ID = os.environ.get("MS_PROJECT_ID", "")
DOMAIN_NAME = os.environ.get("HW_DOMAIN_NAME", "")

DATA_DIR = Path(os.environ.get("OPS_DATA_DIR", Path(__file__).resolve().parent.parent / "data"))
HTTP_TIMEOUT_S = 30
