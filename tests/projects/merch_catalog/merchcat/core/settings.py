"""Runtime settings for the catalogue mirror.

Credentials come from the environment so that the same image runs in every
stage; the region defaults are those of the production tenant.
"""
import os
from dataclasses import dataclass, field


def _env_float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    return float(raw) if raw else default


@dataclass(frozen=True)
class CatalogSettings:
    region: str = "cn-east-3"
    # Read-only copy of the asset library, next to the OBS backup bucket.
    dr_region: str = "cn-south-1"  # expect: MST202
    project_id: str = field(default_factory=lambda: os.environ.get("MERCH_PROJECT_ID", ""))
    ak: str = field(default_factory=lambda: os.environ.get("MERCH_AK", ""))
    sk: str = field(default_factory=lambda: os.environ.get("MERCH_SK", ""))
    app_user_id: str = "merch-catalog"
    page_size: int = 50
    render_pace_s: float = field(default_factory=lambda: _env_float("MERCH_RENDER_PACE_S", 1.0))


SETTINGS = CatalogSettings()
