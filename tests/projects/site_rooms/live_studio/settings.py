"""Per-site configuration.  Each physical studio streams from its nearest region."""
import os

ACCESS_KEY = os.environ["HUAWEICLOUD_SDK_AK"]
SECRET_KEY = os.environ["HUAWEICLOUD_SDK_SK"]

SITES = {
    "beijing": "cn-north-4",
    "shanghai": "cn-east-3",
    "shenzhen": "cn-south-1",  # expect: MST202 @17
}

CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0")
ROOM_PAGE_SIZE = 50
