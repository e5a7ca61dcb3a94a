import os

REGION = "cn-east-3"
PROJECT_ID = os.environ.get("HW_PROJECT_ID", "0000")
BASE_URL = f"https://metastudio.{REGION}.myhuaweicloud.com/v1/{PROJECT_ID}"
# the old pre-GA endpoint some scripts still point at
LEGACY_BASE_URL = "https://metastudio.cn-east-9.myhuaweicloud.com/v1"  # expect: MST202
TOKEN = os.environ.get("HW_TOKEN", "")
