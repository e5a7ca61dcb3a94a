"""Runtime settings for the TTS batch tool.

Everything has a default so the tool runs with nothing but credentials in the
environment; deployments override numbers by editing this file (no env magic).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

# Timbres the marketing team signed off for previews (console > Voice > My timbres).
PREVIEW_VOICES = (
    "6f1c2d3e4a5b46c7d8e9f0a1b2c3d4e5",
    "0a9b8c7d6e5f44a3b2c1d0e9f8a7b6c5",
    "d4c3b2a1f0e94d8c7b6a5f4e3d2c1b0a",
)


def _env(name: str) -> str:
    return os.environ.get(name, "")


@dataclass(frozen=True)
class Settings:
    ak: str = field(default_factory=lambda: _env("HUAWEICLOUD_SDK_AK"))
    sk: str = field(default_factory=lambda: _env("HUAWEICLOUD_SDK_SK"))
    project_id: str = field(default_factory=lambda: _env("HUAWEICLOUD_PROJECT_ID"))
    # the production tenant lives in CN East-Shanghai1
    region: str = "cn-east-3"
    # finished audio is archived as digital assets in the South China tenant
    archive_region: str = "cn-south-1"  # expect: MST202
    voice_asset_id: str = PREVIEW_VOICES[0]
    workers: int = 4
    poll_interval_s: float = 2.0
    audition_pause_s: float = 0.5
    page_size: int = 50


settings = Settings()
