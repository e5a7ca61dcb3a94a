"""Static settings of the render pipeline.

Rates are per second and per tenant.  The Shanghai tenant (cn-east-3) allows less than
Beijing for most write APIs, so the defaults below are sized for cn-east-3.
"""
import os

# Region of the production tenant.  Overridable for the staging tenant in Beijing.
MS_REGION = os.environ.get("PROMO_MS_REGION", "cn-east-3")

# Tenant that keeps the finished masters (read-only access, used by the nightly snapshot).
ARCHIVE_REGION = "cn-south-1"  # expect: MST202

# Paging and pacing.
PAGE_SIZE = 50
PAGE_PAUSE = 0.2          # between list pages
PAUSE = 0.4               # between single writes in bulk jobs
POLL_INTERVAL = 5         # seconds between two status polls of a long-running job

# Client-side limiters (calls per second), each below the cn-east-3 limit of its API.
SCRIPT_CALLS_PER_SEC = 3  # create_video_scripts: cn-east-3 allows 5/s
RENDER_CALLS_PER_SEC = 2  # create2_d_digital_human_video: cn-east-3 allows 3/s
TTS_CALLS_PER_SEC = 2     # create_async_tts_job: cn-east-3 allows 3/s

# Concurrency.
TTS_POLL_SLOTS = 4        # TTS jobs polled at the same time
PREVIEW_WORKERS = 6       # threads used to export script previews

VIDEO_CALLBACK_URL = os.environ.get("PROMO_VIDEO_CALLBACK", "https://hooks.promo.example.com/metastudio/video")
