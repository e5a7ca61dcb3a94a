"""Runtime settings for the live-commerce jobs (overridable from the environment)."""
import os

# The studio account lives in CN East-Shanghai1; staging overrides it.
REGION = os.getenv("LIVE_COMMERCE_REGION", "cn-east-3")

MS_AK = os.environ.get("MS_AK", "")
MS_SK = os.environ.get("MS_SK", "")
MS_PROJECT_ID = os.environ.get("MS_PROJECT_ID", "")

# Pacing between write calls, in seconds.
PAUSE_S = 0.5
# How often the stock overlay re-reads a product while a room is live.
STOCK_POLL_S = 2.0

# Flash-sale price push: one thread per slice of the price list.
PRICE_WORKERS = 4

# Bulk CSV import.
IMPORT_PROCESSES = 4
IMPORT_CHUNK = 25

# Shopping assistant (intelligent interaction application).
ASSISTANT_NAME = "shop-assistant"
ASSISTANT_APP_TYPE = 1  # Huawei Cloud CBS
CBS_APP_ID = os.environ.get("CBS_APP_ID", "")
CBS_PROJECT_ID = os.environ.get("CBS_PROJECT_ID", "")
