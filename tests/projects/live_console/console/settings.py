"""Runtime settings of the live console: environment first, then these defaults."""
from __future__ import annotations

import os

# The console runs for the studio's tenant in AP-Singapore.
REGION_ID = os.getenv("MS_REGION", "ap-southeast-3")
ENDPOINT = os.getenv("MS_ENDPOINT", "https://metastudio.ap-southeast-3.myhuaweicloud.com")
PROJECT_ID = os.environ.get("MS_PROJECT_ID", "")
IAM_TOKEN_ENV = "MS_IAM_TOKEN"

# The three rooms of the physical studio, checked at start-up.
STUDIO_ROOMS = (
    "0b6c2f5e8a4d4c1f9e3a7b2d1c0f9e8a",
    "5d9e1a3c7b2f4e6d8a0c1b3e5f7a9c2d",
    "e2a4c6e8f0b24d6f8a1c3e5a7c9e1b3d",
)

COMMAND_WORKERS = 4
COMMAND_INTERVAL = 0.5
STOP_PAUSE = 0.5
REFRESH_SECONDS = 15
START_TIMEOUT_S = 300
ROOM_PAGE_SIZE = 20
