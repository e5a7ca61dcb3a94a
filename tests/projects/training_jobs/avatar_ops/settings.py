"""Runtime settings, read once from the environment."""
import os

REGION_ID = os.environ.get("MS_REGION", "cn-north-4")

ACCESS_KEY = os.environ.get("HUAWEICLOUD_SDK_AK", "")
SECRET_KEY = os.environ.get("HUAWEICLOUD_SDK_SK", "")
PROJECT_ID = os.environ.get("HUAWEICLOUD_PROJECT_ID")

TRAINING_CONTACT = os.environ.get("AVATAR_TRAINING_CONTACT", "avatar-ops@example.com")
RENDER_WORKERS = 16
