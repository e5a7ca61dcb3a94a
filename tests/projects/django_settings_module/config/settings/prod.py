"""Production: the Singapore tenant."""
from .base import *  # noqa: F401,F403

METASTUDIO_REGION = "ap-southeast-3"
