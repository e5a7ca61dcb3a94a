"""Runtime configuration, read from the environment with a Beijing default."""
import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Settings:
    ak: str = field(default_factory=lambda: os.environ.get("MS_AK", ""))
    sk: str = field(default_factory=lambda: os.environ.get("MS_SK", ""))
    project_id: str = field(default_factory=lambda: os.environ.get("MS_PROJECT_ID", ""))
    region: str = "cn-north-4"


settings = Settings()
