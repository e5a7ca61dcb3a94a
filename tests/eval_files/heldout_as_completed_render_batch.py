"""Batch render of the weekly product explainer videos.

Submissions go through a thread pool but are capped by a ratelimit decorator; status checks
run on a small pool with a poll interval. Results are gathered with as_completed.
"""
import json
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    Create2DDigitalHumanVideoRequest,
    Create2DDigitalHumanVideoReq,
    MetaStudioClient,
    Show2DDigitalHumanVideoRequest,
    ShowSubtitleFileRequest,
    VoiceConfig,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion
from ratelimit import limits, sleep_and_retry

POLL_INTERVAL = 2.0
SUBMIT_WORKERS = 8
WATCH_WORKERS = 8

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["HW_AK"], os.environ["HW_SK"], os.environ["HW_PROJECT"]))
    .with_region(MetaStudioRegion.CN_NORTH_4)
    .build()
)


@sleep_and_retry
@limits(calls=4, period=1)
def submit(spec):
    # 8 threads, but the decorator lets through 4 calls per second: 4/s <= 5/s
    body = Create2DDigitalHumanVideoReq(
        script_id=spec["script_id"],
        model_asset_id=spec["model_asset_id"],
        voice_config=VoiceConfig(voice_asset_id=spec["voice_asset_id"], speed=100),
    )
    return client.create2_d_digital_human_video(Create2DDigitalHumanVideoRequest(body=body)).job_id


def wait_for(job_id, timeout=1800):
    # per worker: 1 / (0.1 s + 2 s) = 0.48/s; 8 workers -> 3.8/s <= 20/s
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = client.show2_d_digital_human_video(Show2DDigitalHumanVideoRequest(job_id=job_id))
        if job.state in ("SUCCEED", "FAILED", "CANCELED"):
            return job
        time.sleep(POLL_INTERVAL)
    raise TimeoutError(job_id)


def run(specs):
    with ThreadPoolExecutor(max_workers=SUBMIT_WORKERS) as pool:
        submitted = {pool.submit(submit, spec): spec["title"] for spec in specs}
        job_ids = {}
        for fut in as_completed(submitted):
            job_ids[fut.result()] = submitted[fut]

    finished = {}
    with ThreadPoolExecutor(max_workers=WATCH_WORKERS) as pool:
        watchers = [pool.submit(wait_for, job_id) for job_id in job_ids]
        for fut in as_completed(watchers):
            job = fut.result()
            finished[job_ids[job.job_id]] = job
            # one subtitle lookup per finished video, sequential: 10/s <= 20/s
            subtitle = client.show_subtitle_file(ShowSubtitleFileRequest(job_id=job.job_id))
            print(job_ids[job.job_id], job.state, getattr(subtitle, "state", None))
    return finished


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as fh:
        run(json.load(fh)["videos"])
