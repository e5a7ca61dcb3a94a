"""Bulk asset housekeeping for narration voices and avatars."""
import time

from . import settings
from .jobs import chunked
from .services import NarrationStudio, studio

HERO_NAMES = ("hero-voice-zh", "hero-voice-en", "hero-avatar")
archive = NarrationStudio(settings.ARCHIVE_REGION)


def hero_details():
    return list(map(lambda name: studio.assets(name=name), HERO_NAMES))


def retire(asset_ids):
    for chunk in chunked(asset_ids, 20):
        studio.asset_action("DELETE", chunk)  # expect: MST101 ~1.7/s
        time.sleep(0.5)


def archive_inventory():
    return archive.assets(0).count
