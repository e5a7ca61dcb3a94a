"""Wait for TTS and video jobs to reach a terminal state."""
import time

from . import settings
from .services import studio


def wait_tts(job_id, interval=settings.POLL_SECONDS):
    done = False
    while not done:
        resp = studio.tts_status(job_id)
        done = resp.state in settings.TERMINAL
        time.sleep(interval)
    return resp


def wait_video(job_id):
    while True:
        resp = studio.video(job_id)  # expect: MST103
        if resp.state in settings.TERMINAL:
            return resp
        if resp.state == "WAITING":
            time.sleep(settings.POLL_SECONDS)
