"""Synchronous helpers for the CLI: submit one text and wait for the audio."""
from .http import create_tts_job, get_tts_job
from .settings import DONE


def submit(text):
    for _ in range(3):
        resp = create_tts_job(text)  # expect: MST104
        if resp.status_code == 429:
            continue
        return resp.json()["job_id"]
    raise RuntimeError("throttled")


def wait(job_id):
    while True:
        job = get_tts_job(job_id).json()  # expect: MST103
        if job["state"] in DONE:
            return job
