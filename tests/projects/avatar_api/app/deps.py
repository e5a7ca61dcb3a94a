"""FastAPI dependency providers: one long-lived service object per process."""
from __future__ import annotations

from functools import lru_cache

from app.services.assets_api import AssetsApi
from app.services.live import LiveService
from app.services.video import VideoService


@lru_cache(maxsize=1)
def get_video_service() -> VideoService:
    return VideoService()


@lru_cache(maxsize=1)
def get_live_service() -> LiveService:
    return LiveService()


@lru_cache(maxsize=1)
def get_assets_api() -> AssetsApi:
    return AssetsApi()
