"""The concierge deployment for the Singapore tenant."""
import os

REGION_ID = "ap-southeast-3"
ENDPOINT = "https://metastudio.ap-southeast-3.myhuaweicloud.com"
AK = os.environ.get("SG_AK", "")
SK = os.environ.get("SG_SK", "")
PROJECT_ID = os.environ.get("SG_PROJECT_ID", "")
