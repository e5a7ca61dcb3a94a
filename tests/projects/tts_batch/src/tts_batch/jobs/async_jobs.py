"""Submit long texts as asynchronous TTS jobs from a process pool."""
from __future__ import annotations

import logging
import multiprocessing
from typing import Iterable

from tts_batch.config import settings
from tts_batch.repository import default_repository

log = logging.getLogger(__name__)


def _submit(text: str) -> tuple[str, str]:
    # runs in a worker process: each builds its own client on first use
    job_id = default_repository().create_async_tts_job(text)
    return text[:40], job_id


def submit_all(texts: Iterable[str]) -> dict[str, str]:
    """Submit every text; returns job id -> first characters of its text."""
    submitted: dict[str, str] = {}
    with multiprocessing.Pool(processes=settings.workers) as pool:
        results = pool.imap_unordered(_submit, texts, chunksize=4)  # expect: MST102 ~40/s
        for head, job_id in results:
            log.info("submitted %r as %s", head, job_id)
            submitted[job_id] = head
    return submitted
