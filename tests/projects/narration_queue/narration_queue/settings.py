"""Deployment settings for the narration queue."""
import os

REGION = "cn-north-4"
ARCHIVE_REGION = "ap-southeast-1"  # expect: MST202
PROJECT_ID = os.environ.get("MS_PROJECT_ID", "")
MODEL_ASSET_ID = os.environ.get("MS_MODEL_ASSET", "")

WORKERS = 2
SUBMIT_PAUSE = 0.2
POLL_SECONDS = 5.0
TERMINAL = ("SUCCEED", "FAILED", "CANCELED")
