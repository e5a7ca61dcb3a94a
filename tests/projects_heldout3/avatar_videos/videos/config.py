"""Video pipeline configuration."""
import os

VIDEO_REGION = os.environ.get("VIDEO_REGION", "cn-north-4")
ARCHIVE_REGION = "cn-east-1"  # expect: MST202
POLL_INTERVAL = 2
DONE_STATES = ("SUCCEED", "FAILED", "CANCELED")
MAX_SUBMIT_ATTEMPTS = 4
