import os

REGION = os.environ.get("SHOP_REGION", "cn-east-3")
POLL_SECONDS = 2
MAX_ATTEMPTS = 6
