"""Runtime settings of the studio jobs.

Every value can be overridden from the environment; the defaults are those of
the production tenant.
"""
from __future__ import annotations

import os
from enum import Enum
from pathlib import Path


class Environment(str, Enum):
    DEV = "dev"
    STAGING = "staging"
    PROD = "prod"


ENVIRONMENT = Environment(os.getenv("STUDIO_ENV", "prod"))

# The studio tenant moved from CN North-Beijing4 to CN East-Shanghai1 in 2024.
REGION = os.getenv("STUDIO_REGION", "cn-east-3")

DATA_DIR = Path(os.getenv("STUDIO_DATA_DIR", "/var/lib/studio"))

# Threads of the asset audit.
AUDIT_WORKERS = 6

# Render jobs: seconds between two status polls, and how long to wait at most.
POLL_INTERVAL_S = 5
RENDER_TIMEOUT_S = 45 * 60

# Pause after each imported FAQ entry.
FAQ_SPACING_S = 0.4

# Replication info of the template avatar that new projects start from.
TEMPLATE_ASSET_REPLICATION = os.getenv("STUDIO_TEMPLATE_REPLICATION", "")
