"""Batch rendering of a whole campaign."""
from .api import status, submit
from .config import DONE_STATES
from .pacing import pause


def submit_campaign(bodies):
    return [submit(b) for b in bodies]  # expect: MST101


def poll_until_done(job_id):
    while True:
        state = status(job_id)
        if state in DONE_STATES:
            return state
        pause()
