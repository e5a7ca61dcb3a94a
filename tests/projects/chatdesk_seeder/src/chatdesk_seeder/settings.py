"""Seeder settings: chatdesk.yaml overlaid on the defaults below, read once at import."""
import os
from pathlib import Path
from typing import NamedTuple

import yaml

DEFAULTS = {
    "regions": ["cn-north-4", "cn-east-3"],
    "workers": 4,
    "page_size": 50,
    "greeting_pause_s": 0.5,
    "language": "zh_CN",
}


def _load(path: str = os.getenv("CHATDESK_CONFIG", "chatdesk.yaml")) -> dict:
    file = Path(path)
    if not file.is_file():
        return {}
    with file.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


CONFIG = {**DEFAULTS, **_load()}
REGION = os.getenv("MS_REGION") or "cn-east-3"
REGIONS = tuple(CONFIG["regions"])


class Target(NamedTuple):
    """Where a seeding run goes and how wide it may fan out."""

    region: str
    workers: int


DEFAULT_TARGET = Target(REGION, CONFIG["workers"])
