"""Production: the Singapore tenant that serves the APAC kiosks."""
from .base import *  # noqa: F401,F403

METASTUDIO_REGION = "ap-southeast-3"
CHAT_POLL_SECONDS = 3
