"""Settings of the avatar event service, read from the environment once at import."""
import os

# The service runs for the South-East Asia livestream tenant.
REGION = os.getenv("MS_REGION", "ap-southeast-3")
ENDPOINT = f"https://metastudio.{REGION}.myhuaweicloud.com"

AK = os.environ.get("MS_AK", "")
SK = os.environ.get("MS_SK", "")
PROJECT_ID = os.environ.get("MS_PROJECT_ID", "")

# Application (robot) that answers 1:1 chats opened from a live room.
ROBOT_ID = os.environ.get("MS_ROBOT_ID", "")
STREAM_URL = os.getenv("STREAM_URL", "rtmp://push.live.example.sg/avatar/{room_id}")

# python app.py workers: viewer commands and live-event reports
COMMAND_CONSUMERS = 4
REPORT_CONSUMERS = 4
COMMANDS_PER_SECOND = 2

# python app.py events: console events
STARTS_PER_SECOND = 2
STOP_POLL_INTERVAL_S = 2.0
