"""Asynchronous TTS jobs (IVR prompts) over REST."""
import time

from vmbridge.constants import ASYNC_TTS_JOB, ASYNC_TTS_JOBS, HTTP_TIMEOUT_S, PROJECT_ID, TTS_POLL_S
from vmbridge.session import BASE_URL, SESSION

DONE = ("SUCCEED", "FAILED")


def submit_job(text, voice_asset_id, speed=100):
    body = {"text": text, "voice_asset_id": voice_asset_id, "speed": speed, "audio_format": "WAV",
            "gen_srt": False}
    resp = SESSION.post(BASE_URL + ASYNC_TTS_JOBS.format(project_id=PROJECT_ID), json=body,
                        timeout=HTTP_TIMEOUT_S)
    resp.raise_for_status()
    return resp.json()["job_id"]


def job_state(job_id):
    url = BASE_URL + ASYNC_TTS_JOB.format(project_id=PROJECT_ID, job_id=job_id)
    resp = SESSION.get(url, timeout=HTTP_TIMEOUT_S)
    resp.raise_for_status()
    return resp.json()


def wait(job_id, timeout_s=600):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        job = job_state(job_id)
        if job["state"] in DONE:
            return job
        time.sleep(TTS_POLL_S)
    raise TimeoutError(f"TTS job {job_id} still running after {timeout_s} s")
