"""Audition jobs: short previews of a text with the approved timbres."""
from __future__ import annotations

import logging
import time
from typing import Iterable

from tts_batch.config import PREVIEW_VOICES, settings
from tts_batch.repository import default_repository

log = logging.getLogger(__name__)


def preview_voices(sample: str) -> dict[str, str]:
    """Audition ``sample`` once with every approved timbre; returns voice -> job id."""
    repo = default_repository()
    return {voice: repo.create_tts_audition(sample, voice_asset_id=voice) for voice in PREVIEW_VOICES}


def render_catalogue(lines: Iterable[str]) -> list[str]:
    """Audition every line of a product catalogue, paced for the shared tenant."""
    repo = default_repository()
    job_ids: list[str] = []
    for line in lines:
        job_ids.append(repo.create_tts_audition(line))
        time.sleep(settings.audition_pause_s)
    log.info("catalogue: %d audition jobs", len(job_ids))
    return job_ids
