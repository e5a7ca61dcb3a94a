"""Runtime settings for the asset -> CDN sync job."""
import os

# Our MetaStudio tenant lives in CN East-Shanghai1.
METASTUDIO_REGION = "cn-east-3"
METASTUDIO_ENDPOINT = f"https://metastudio.{METASTUDIO_REGION}.myhuaweicloud.com"

PROJECT_ID = os.environ["MS_PROJECT_ID"]
IAM_TOKEN = os.environ["MS_IAM_TOKEN"]

# Our own origin in front of the CDN (not MetaStudio).
CDN_ORIGIN = os.environ.get("CDN_ORIGIN", "https://origin.media.example.com")
CDN_PUBLIC_BASE = "https://static.media.example.com/avatars"

PAGE_SIZE = 100
PAGE_PAUSE_S = 0.25
DETAIL_WORKERS = 4
REQUEST_TIMEOUT_S = 30
SYNC_TAG = "cdn-synced"
RETIRED_TAG = "retired"
