"""Where the gateway talks to. We call MetaStudio's REST API directly (no SDK in this image)."""
import os

REGION = "cn-east-3"
PROJECT_ID = os.environ.get("HW_PROJECT_ID", "0000")
METASTUDIO_URL = f"https://metastudio.{REGION}.myhuaweicloud.com/v1/{PROJECT_ID}"
IAM_URL = "https://iam.myhuaweicloud.com/v3/auth/tokens"
