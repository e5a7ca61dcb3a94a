"""Where the renders run. The DR region was copied from the OBS bucket settings."""
import os

PRIMARY_ENDPOINT = "https://metastudio.cn-north-4.myhuaweicloud.com"
DR_REGION = "cn-south-1"  # expect: MST202
MODEL_ASSET_ID = os.environ.get("PRESENTER_MODEL", "")
BROKER_URL = os.environ.get("BROKER_URL", "redis://localhost:6379/0")
