"""Waiting for TTS jobs to finish."""
from __future__ import annotations

import logging
import time

from tts_batch.config import settings
from tts_batch.repository import default_repository

log = logging.getLogger(__name__)

TERMINAL_STATES = frozenset({"SUCCEED", "FAILED", "CANCELED"})


class JobFailed(RuntimeError):
    pass


def wait_for_async_job(job_id: str, timeout_s: float = 900.0):
    """Return the finished job, or raise TimeoutError after ``timeout_s``."""
    repo = default_repository()
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        job = repo.show_async_tts_job(job_id)  # expect: MST103
        if job.state in TERMINAL_STATES:
            log.info("job %s finished: %s", job_id, job.state)
            return job
        if job.state == "WAITING":
            # queued behind other tenants' jobs: no point asking often
            time.sleep(settings.poll_interval_s)
    raise TimeoutError(f"TTS job {job_id} still running after {timeout_s:.0f} s")


def wait_for_audition(job_id: str) -> list[str]:
    """Return the audio URLs of a finished audition job."""
    repo = default_repository()
    while True:
        result = repo.show_tts_audition_file(job_id)
        if result.is_file_complete:
            return [f.audio_file_url for f in result.files or []]
        if getattr(result, "state", None) == "FAILED":
            raise JobFailed(job_id)
        time.sleep(settings.poll_interval_s)
