"""Shared constants, imported with ``from .constants import *``."""

__all__ = [
    "BEIJING",
    "SHANGHAI",
    "DEFAULT_REGION",
    "REGIONS",
    "TERMINAL_STATES",
    "POLL_INTERVAL_S",
    "PAGE_SIZE",
    "SUBMIT_PER_SECOND",
    "READS_PER_SECOND",
    "RETRY_ATTEMPTS",
    "RENDER_TIMEOUT_S",
]

BEIJING = "cn-north-4"
SHANGHAI = "cn-east-3"
DEFAULT_REGION = BEIJING
REGIONS = (BEIJING, SHANGHAI)

TERMINAL_STATES = ("SUCCEED", "FAILED", "CANCELED")
POLL_INTERVAL_S = 10
RENDER_TIMEOUT_S = 3600
PAGE_SIZE = 50

# Client-side budgets, kept below the per-tenant limits of the slower region (cn-east-3).
SUBMIT_PER_SECOND = 2  # create2_d_digital_human_video: 5/s cn-north-4, 3/s cn-east-3
READS_PER_SECOND = 2  # shared by all status readers in one process
RETRY_ATTEMPTS = 4
