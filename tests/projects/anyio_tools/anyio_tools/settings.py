"""Static settings of the CLI (Beijing deployment)."""

REGION = "cn-north-4"

BATCH_SIZE = 10
BATCH_PAUSE = 1.0
ASSET_BATCH_SIZE = 50

ROOM_STATES = ("LIVE", "IDLE", "OFFLINE")
TERMINAL_STATES = ("SUCCEED", "FAILED", "CANCELED")
