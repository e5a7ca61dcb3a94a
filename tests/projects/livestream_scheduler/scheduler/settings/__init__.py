"""Scheduler settings.

Shared defaults live here; ``prod.py`` and ``staging.py`` hold what differs per environment and are
selected with ``SCHEDULER_ENV``.
"""
import os

MS_AK = os.environ.get("MS_AK", "")
MS_SK = os.environ.get("MS_SK", "")
MS_PROJECT_ID = os.environ.get("MS_PROJECT_ID", "")

# Our tenant lives in CN East-Shanghai1.
METASTUDIO_REGION = os.environ.get("MS_REGION", "cn-east-3")

WORKER_THREADS = 4
QUEUE_MAXSIZE = 500
COMMAND_RATE_PER_S = 2
POLL_INTERVAL_S = 5
HTTP_TIMEOUT = (5, 30)

ENVIRONMENT = os.environ.get("SCHEDULER_ENV", "prod")

if ENVIRONMENT == "staging":
    from .staging import *  # noqa: F401,F403,E402
else:
    from .prod import *  # noqa: F401,F403,E402
