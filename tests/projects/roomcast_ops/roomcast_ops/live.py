"""Start live jobs and wait for them to end."""
import logging
import time

from huaweicloudsdkcore.exceptions import exceptions

from . import client as settings
from .pacing import Backoff
from .repository import LiveRepository

log = logging.getLogger(__name__)
repo = LiveRepository()
TERMINAL = ("SUCCESS", "FAILED", "CANCELED")


def start_quick(room_id):
    for attempt in range(settings.RETRIES):
        try:
            return repo.start_live(room_id)  # expect: MST104
        except exceptions.ClientRequestException as err:
            log.warning("start %s failed (%s), attempt %d", room_id, err.error_code, attempt)
    raise RuntimeError(f"could not start {room_id}")


def start_patient(room_id, retries=settings.RETRIES):
    backoff = Backoff(base=1.0)
    for attempt in range(retries):
        try:
            return repo.start_live(room_id)
        except exceptions.ClientRequestException as err:
            if err.status_code != 429:
                raise
            time.sleep(backoff.next())
    raise RuntimeError(f"could not start {room_id}")


def wait_live(room_id, job_id):
    while True:
        state = repo.live_state(room_id, job_id)  # expect: MST103
        if state in TERMINAL:
            return state


def wait_live_paced(room_id, job_id):
    while (state := repo.live_state(room_id, job_id)) not in TERMINAL:
        time.sleep(settings.POLL_S)
    return state
