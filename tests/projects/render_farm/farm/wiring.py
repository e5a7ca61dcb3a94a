"""The objects the application shares."""
from dataclasses import dataclass
from typing import Optional

from farm.clients import make_client
from farm.services import VideoService

VIDEO = VideoService(make_client())


def get_video() -> VideoService:
    return VIDEO


@dataclass
class RenderJob:
    job_id: str
    video: VideoService
    fallback: Optional[VideoService] = None
