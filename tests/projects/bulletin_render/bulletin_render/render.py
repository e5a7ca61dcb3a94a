"""Wait for rendered bulletins."""
import logging
import time

from . import config
from .studio import StudioClient

log = logging.getLogger(__name__)
TERMINAL = ("SUCCEED", "FAILED", "CANCELED")
QUEUE_PAUSE_S = 10


def wait_for(studio: StudioClient, job_id: str) -> str:
    while True:
        state = studio.video_state(job_id)  # expect: MST103
        if state in TERMINAL:
            return state
        if state == "WAITING":
            log.info("%s is still queued", job_id)
            time.sleep(QUEUE_PAUSE_S)


def wait_all(studio: StudioClient, job_ids, deadline_s: float = 1800) -> set:
    pending = set(job_ids)
    deadline = time.monotonic() + deadline_s
    while pending and time.monotonic() < deadline:
        for job_id in sorted(pending):
            if studio.video_state(job_id) in TERMINAL:
                pending.discard(job_id)
        time.sleep(config.POLL_INTERVAL_S)
    return pending
