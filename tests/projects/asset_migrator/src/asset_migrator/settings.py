"""Deployment settings of the migration tool."""
from dataclasses import dataclass
from typing import Optional

# Production moves the catalogue from Shanghai to Beijing.
PROD_SOURCE_REGION = "cn-east-3"
PROD_TARGET_REGION = "cn-north-4"
# The disaster-recovery copy lives in Guiyang.
DR_REGION = "cn-southwest-2"  # expect: MST202

PREFETCH_WORKERS = 8
TAG_PAUSE_S = 0.25
DELETE_PAUSE_S = 0.3
MIGRATED_TAG = "migrated-to-bj4"

DONE_STATES = ("ACTIVED", "UNACTIVED")
FAILED_STATES = ("FAILED", "BLOCK")


@dataclass(frozen=True)
class MigrationConfig:
    source_region: str = PROD_SOURCE_REGION
    target_region: str = PROD_TARGET_REGION
    page_size: int = 50
    page_pause_s: float = 0.2
    asset_type: Optional[str] = None
