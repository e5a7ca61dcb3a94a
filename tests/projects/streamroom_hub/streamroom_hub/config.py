"""Deployment settings of the hub (one tenant per site)."""

BJ_REGION = "cn-north-4"
SG_REGION = "ap-southeast-3"
SG_ENDPOINT = "https://metastudio.ap-southeast-3.myhuaweicloud.com"

# Client-side rates, calls per second, sized for the Beijing tenant.
PRODUCT_WRITES_PER_SEC = 3   # create_product: cn-north-4 allows 4/s
COMMANDS_PER_SEC = 3         # execute_smart_live_command: cn-north-4 allows 4/s

PAUSE = 0.3                  # between two product updates in bulk jobs
PAGE_PAUSE = 0.25            # between two list pages
PAGE_SIZE = 100
POLL_SECONDS = 4             # between two polls of a live job

SYNC_WORKERS = 3             # threads used to refresh product details

EVENT_AUTH_KEY_ENV = "HUB_EVENT_AUTH_KEY"
