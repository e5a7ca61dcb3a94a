import os

REGION = "cn-north-4"
PRODUCT_WRITES_PER_SECOND = 3
CREDENTIALS = (os.environ.get("MS_AK", ""), os.environ.get("MS_SK", ""), os.environ.get("MS_PROJECT_ID", ""))
