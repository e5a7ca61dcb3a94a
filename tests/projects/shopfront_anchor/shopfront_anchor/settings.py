"""Runtime settings of the Shanghai live-commerce studio.

Everything that differs between staging and production comes from the environment; the
MetaStudio tenant of the studio lives in CN East-Shanghai1.
"""
import os

METASTUDIO_REGION = "cn-east-3"
METASTUDIO_AK = os.environ.get("METASTUDIO_AK", "")
METASTUDIO_SK = os.environ.get("METASTUDIO_SK", "")
METASTUDIO_PROJECT_ID = os.environ.get("METASTUDIO_PROJECT_ID", "")

CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0")
CELERY_RESULT_BACKEND = os.environ.get("CELERY_RESULT_BACKEND", "redis://localhost:6379/1")

# Product writes share 3/s per tenant in cn-east-3; leave one for the operators' console.
PRODUCT_WRITES_PER_SECOND = 2
GALLERY_UPLOAD_PAUSE_S = 0.5
PAGE_SIZE = 50

LIVE_POLL_INTERVAL_S = 5
LIVE_START_TIMEOUT_S = 600
