"""A small REST gateway to the asynchronous TTS API (signed by the sidecar proxy)."""
import requests

from . import settings

session = requests.Session()
session.headers["Content-Type"] = "application/json"

JOBS_URL = settings.ENDPOINT + "/v1/" + settings.PROJECT_ID + "/ttsc/async-jobs"


def create_tts_job(text):
    body = {"text": text, "voice_asset_id": settings.DEFAULT_VOICE, "audio_format": "WAV"}
    return session.post(JOBS_URL, json=body, timeout=10)


def get_tts_job(job_id):
    return session.get(f"{JOBS_URL}/{job_id}", timeout=10)
