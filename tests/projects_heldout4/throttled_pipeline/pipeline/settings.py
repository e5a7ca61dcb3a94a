import os

REGION: str = os.environ.get("MS_REGION", "cn-north-4")
POLL_INTERVAL: float = 5.0
