"""Runtime settings for the FAQ loader."""
import os

REGION = "cn-east-3"
PROJECT_ID = os.environ.get("MS_PROJECT_ID", "")
ROBOT_ID = os.environ.get("MS_ROBOT_ID", "")

WORKERS = 4
CONCURRENCY = 3
BATCH_SIZE = 50
BATCH_PAUSE = 1.0
DELETE_PAUSE = 0.4
POLL_INTERVAL = 3.0
