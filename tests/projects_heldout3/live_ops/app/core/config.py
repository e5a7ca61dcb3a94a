"""Typed settings of the live-ops service (defaults for the Shanghai deployment)."""
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Settings:
    region: str = "cn-east-3"
    project_id: str = ""
    default_voice: str = "v-anchor-ms-2023"  # expect: MST401
    allowed_origins: list = field(default_factory=list)


settings = Settings()
