"""Personalised IVR prompts: one TTS job per contact of tonight's call list."""
import logging

from vmbridge import tts
from vmbridge.workers import render_pool

log = logging.getLogger(__name__)

PROMPT = "Hello {name}, this is Lumen Energy. Your contract {contract} renews on {renewal}."


def render_prompts(contacts, voice_asset_id):
    """Submit the TTS jobs in parallel; returns the job ids in contact order."""
    futures = []
    for contact in contacts:
        text = PROMPT.format(**contact)
        futures.append(render_pool.submit(tts.submit_job, text, voice_asset_id))  # expect: MST102 ~60/s
    return [f.result() for f in futures]


def wait_prompt(job_id):
    """Wait for one prompt so the dialer can pick up its audio URL."""
    while True:
        job = tts.job_state(job_id)  # expect: MST103
        if job["state"] in tts.DONE:
            return job
        log.debug("prompt %s is %s", job_id, job["state"])


def collect(job_ids):
    """Audio URLs of finished prompts, waiting politely for each."""
    urls = {}
    for job_id in job_ids:
        job = tts.wait(job_id)
        if job["state"] == "SUCCEED":
            urls[job_id] = job["audio_file_url"]
    return urls
