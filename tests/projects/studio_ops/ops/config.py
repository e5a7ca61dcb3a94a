"""Settings, read once."""
from dataclasses import dataclass


@dataclass
class Settings:
    region: str = "cn-east-3"
    workers: int = 8


SETTINGS = Settings()
