"""Turn narration texts into audio with asynchronous TTS jobs."""
import logging
import time
from concurrent.futures import ThreadPoolExecutor

from . import settings
from .jobs import load_jobs
from .services import studio

log = logging.getLogger(__name__)


def synthesize_sheet(path):
    job_ids = []
    for job in sorted(load_jobs(path), key=lambda j: -j.priority):
        time.sleep(settings.SUBMIT_PAUSE)
        if job.dry_run:
            log.info("would synthesize %s", job.script_name)
            continue
        job_ids.append(studio.synthesize(job.text, job.voice_asset_id))
    return job_ids


def synthesize_rush(jobs):
    with ThreadPoolExecutor(max_workers=settings.WORKERS) as ex:
        futures = [ex.submit(studio.synthesize, job.text, job.voice_asset_id) for job in jobs]  # expect: MST102 ~20/s
        return [f.result() for f in futures]


def statuses(job_ids):
    with ThreadPoolExecutor(max_workers=settings.WORKERS) as ex:
        return dict(zip(job_ids, ex.map(lambda j: studio.tts_status(j), job_ids)))
