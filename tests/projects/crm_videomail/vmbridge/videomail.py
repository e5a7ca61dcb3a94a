"""Avatar video messages: queue, check, cancel and clean up."""
import logging
import time

import requests

from vmbridge import videos
from vmbridge.constants import ASSET, ASSETS, HTTP_TIMEOUT_S, PROJECT_ID, STANDBY_BASE_URL, VIDEO_LIST
from vmbridge.paging import iter_items
from vmbridge.session import BASE_URL, SESSION
from vmbridge.workers import status_pool

log = logging.getLogger(__name__)

QUEUE_PAUSE_S = 0.08      # "keeps us around 5 jobs/s"
CANCEL_PAUSE_S = 0.25
PURGE_PAUSE_S = 0.1


def queue_videos(contacts, model_asset_id, voice_asset_id):
    job_ids = []
    for contact in contacts:
        job_ids.append(videos.create_job(model_asset_id, voice_asset_id, contact["script"]))  # expect: MST101 ~5.6/s
        time.sleep(QUEUE_PAUSE_S)
    return job_ids


def video_states(job_ids):
    jobs = list(status_pool.map(videos.show_job, job_ids))
    return {job["job_id"]: job["state"] for job in jobs}


def cancel_with_retry(job_id, attempts=3):
    for attempt in range(attempts):
        try:
            return videos.cancel_job(job_id)  # expect: MST104
        except requests.HTTPError as exc:
            if exc.response is None or exc.response.status_code != 429:
                raise
            log.info("cancel of %s throttled (attempt %d)", job_id, attempt + 1)
    log.error("giving up on cancelling %s", job_id)


def cancel_stale(job_ids):
    for job_id in job_ids:
        cancel_with_retry(job_id)
        time.sleep(CANCEL_PAUSE_S)


def purge_prompt_assets():
    """Delete the audio assets that tonight's prompts left behind."""
    for asset in iter_items(BASE_URL + ASSETS.format(project_id=PROJECT_ID), "assets", asset_type="AUDIO",
                            tag="ivr-prompt"):
        url = BASE_URL + ASSET.format(project_id=PROJECT_ID, asset_id=asset["asset_id"])
        SESSION.delete(url, timeout=HTTP_TIMEOUT_S).raise_for_status()
        time.sleep(PURGE_PAUSE_S)


def standby_backlog():
    """How many video jobs the standby tenant still holds (checked once per night)."""
    resp = SESSION.get(STANDBY_BASE_URL + VIDEO_LIST.format(project_id=PROJECT_ID), params={"limit": 1},
                       timeout=HTTP_TIMEOUT_S)
    resp.raise_for_status()
    return resp.json().get("count", 0)
