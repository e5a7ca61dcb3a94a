"""Celery tasks wrapping the REST gateway."""
from .celery_app import app
from .http import create_tts_job, get_tts_job


@app.task(rate_limit="2/s")
def synthesize(text):
    resp = create_tts_job(text)
    resp.raise_for_status()
    return resp.json()["job_id"]


@app.task
def fetch_result(job_id):
    return get_tts_job(job_id).json()
