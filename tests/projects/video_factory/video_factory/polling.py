"""Waiting for video jobs, with exponential backoff between polls."""
import logging
import time

from huaweicloudsdkmetastudio.v1 import Show2DDigitalHumanVideoResponse

from . import settings
from .renderer import TERMINAL_STATES, Renderer

log = logging.getLogger(__name__)


def wait_for_video(renderer: Renderer, job_id: str, timeout_s: float = 3600.0) -> Show2DDigitalHumanVideoResponse:
    delay = settings.POLL_INITIAL_S
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        job = renderer.job(job_id)
        if job.state in TERMINAL_STATES:
            return job
        log.debug("job %s is %s, next poll in %.0fs", job_id, job.state, delay)
        time.sleep(delay)
        delay = min(delay * 2, settings.POLL_MAX_S)
    raise TimeoutError(f"video job {job_id} still running after {timeout_s:.0f}s")
