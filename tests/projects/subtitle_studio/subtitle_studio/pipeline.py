"""Subtitle jobs for a batch of video scripts.

    python -m subtitle_studio.pipeline manifest.json
"""
import json
import logging
import sys
import time

from .services import SubtitleStudio
from .throttle import SUBTITLE_POLL_S, SUBTITLE_SUBMIT_GAP_S, pace

log = logging.getLogger(__name__)


def subtitle_batch(studio: SubtitleStudio, script_ids):
    """Nightly path: hand one script to the async client every SUBTITLE_SUBMIT_GAP_S seconds."""
    futures = []
    for script_id in script_ids:
        futures.append(studio.request_subtitles(script_id))
        pace(SUBTITLE_SUBMIT_GAP_S)
    return [fut.result().job_id for fut in futures]


def resubtitle(studio: SubtitleStudio, script_ids):
    """Scripts whose text changed after review get a second subtitle sequence."""
    futures = [studio.request_subtitles(script_id, sequence_no=2) for script_id in script_ids]  # expect: MST102 ~80/s
    return [fut.result().job_id for fut in futures]


def wait_for_subtitles(studio: SubtitleStudio, job_id):
    while True:
        detail = studio.subtitle_detail(job_id)  # expect: MST103
        if detail.job_state == "GENERATED":
            return detail
        if not detail.subtitle_file_info:
            # nothing produced yet, the job is still queued: give it a moment
            time.sleep(SUBTITLE_POLL_S)


def run(manifest):
    studio = SubtitleStudio()
    job_ids = subtitle_batch(studio, manifest["new"])
    if manifest["edited"]:
        job_ids += resubtitle(studio, manifest["edited"])
    files = {}
    for job_id in job_ids:
        detail = wait_for_subtitles(studio, job_id)
        files[job_id] = [f.subtitle_file_download_url for f in detail.subtitle_file_info]
        log.info("subtitle job %s done, %d files", job_id, len(files[job_id]))
    return files


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    with open(sys.argv[1], encoding="utf-8") as fh:
        print(json.dumps(run(json.load(fh)), indent=2))
