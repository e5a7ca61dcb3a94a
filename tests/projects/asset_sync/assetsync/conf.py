"""Settings of the asset_sync app.

Values that operators tune per deployment can be overridden in the Django settings module
(``METASTUDIO_PAGE_SIZE = 100``); the rest are fixed here and reviewed with the code.
"""
from __future__ import annotations

from django.conf import settings

# Regions the studio has MetaStudio tenants in; assets are produced in the primary one.
REGIONS = ("cn-north-4", "cn-east-3")
PRIMARY_REGION = "cn-east-3"

# The archive tenant sits behind its own endpoint (cold storage of retired avatars).
ARCHIVE_ENDPOINT = "https://metastudio.cn-south-1.myhuaweicloud.com"  # expect: MST202

# Thread pools of the management commands.
SYNC_WORKERS = 6
TAG_WORKERS = 4

# Pauses between write calls of the bulk commands, in seconds.
PURGE_PAUSE = 0.25
PUBLISH_PAUSE = 0.5

PAGE_SIZE: int = getattr(settings, "METASTUDIO_PAGE_SIZE", 50)
RETRY_ATTEMPTS: int = getattr(settings, "METASTUDIO_RETRY_ATTEMPTS", 5)
BACKOFF_BASE: float = getattr(settings, "METASTUDIO_BACKOFF_BASE", 0.5)
POLL_SECONDS: float = getattr(settings, "METASTUDIO_POLL_SECONDS", 10)
REPLICA_TIMEOUT_S: float = getattr(settings, "METASTUDIO_REPLICA_TIMEOUT_S", 900)
