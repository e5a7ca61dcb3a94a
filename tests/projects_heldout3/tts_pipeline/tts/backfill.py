"""Re-synthesise the catalogue descriptions, one by one, politely."""
from .http import create_tts_job
from .utils import paced


@paced(0.5)
def submit_one(text):
    return create_tts_job(text).json()["job_id"]


def backfill(texts):
    return [submit_one(t) for t in texts]
