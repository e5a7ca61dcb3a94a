"""Static settings for the clip studio service.

Each tenant has its own MetaStudio project; the region of that project is
recorded here so the client factory can build one client per tenant.
"""
import os

TENANT_REGIONS = {
    "acme": "cn-north-4",
    "globex": "cn-east-3",
}

# Page size for list endpoints.
PAGE_SIZE = 50

# How many blocking SDK calls the async API layer may run at once.
FANOUT_LIMIT = 4

# Pause between starting two live rooms, so the stream ingest can settle.
ROOM_STAGGER_S = 0.2

# Pause between two deletions when purging draft scripts.
PURGE_PAUSE_S = 0.25

TERMINAL_STATES = ("SUCCEED", "FAILED", "CANCELED")

EVENING_ROOMS = [r for r in os.environ.get("CLIP_EVENING_ROOMS", "").split(",") if r]
MORNING_ROOMS = [r for r in os.environ.get("CLIP_MORNING_ROOMS", "").split(",") if r]
TEMPLATE_IDS = [t for t in os.environ.get("CLIP_TEMPLATE_IDS", "").split(",") if t]
SPOOL_DIR = os.environ.get("CLIP_SPOOL_DIR", "/var/spool/clip_studio")
