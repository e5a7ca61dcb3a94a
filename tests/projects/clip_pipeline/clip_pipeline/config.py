"""Pipeline configuration."""
import os
from dataclasses import dataclass, field

from .constants import *  # noqa: F401,F403


@dataclass
class PipelineConfig:
    region: str = DEFAULT_REGION  # noqa: F405
    workers: int = 4
    obs_bucket: str = "clip-pipeline-output"
    obs_region: str = "cn-south-1"  # the output bucket lives in Guangzhou; OBS, not MetaStudio
    callback_url: str = field(default_factory=lambda: os.environ.get("CLIP_CALLBACK_URL", ""))

    @property
    def obs_endpoint(self) -> str:
        return f"https://obs.{self.obs_region}.myhuaweicloud.com"

    @classmethod
    def from_env(cls) -> "PipelineConfig":
        return cls(
            region=os.environ.get("CLIP_REGION", DEFAULT_REGION),  # noqa: F405
            workers=int(os.environ.get("CLIP_WORKERS", "4")),
        )
