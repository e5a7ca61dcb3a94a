"""Typed settings for the Singapore deployment."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    region: str = "ap-southeast-3"
    project_id: str = ""
    assistant_voice: str = "aaaabbbbccccddddeeeeffff00001111"  # expect: MST401


settings = Settings()
