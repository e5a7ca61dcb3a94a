"""Submit a batch of personalised greeting videos with the SDK's async client (Shanghai tenant)."""
import csv
import logging
import os
import sys
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    Create2DDigitalHumanVideoReq,
    Create2DDigitalHumanVideoRequest,
    MetaStudioAsyncClient,
    OutputAssetConfig,
    Show2DDigitalHumanVideoRequest,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

log = logging.getLogger("greeting_videos")

SCRIPT_ID = os.environ.get("GREETING_SCRIPT_ID", "")

client = (
    MetaStudioAsyncClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
    .with_region(MetaStudioRegion.value_of("cn-east-3"))
    .build()
)


def video_request(customer):
    body = Create2DDigitalHumanVideoReq(
        script_id=SCRIPT_ID,
        output_asset_config=OutputAssetConfig(asset_name=f"greeting-{customer['id']}"),
    )
    return Create2DDigitalHumanVideoRequest(body=body)


def submit_batch(customers):
    futures = []
    for customer in customers:
        # *_async returns at once, 8 SDK threads: 8 x 10/s = 80/s > 3/s (cn-east-3)
        futures.append(client.create2_d_digital_human_video_async(video_request(customer)))  # expect: MST102 ~80/s @24
    return [f.result().job_id for f in futures]


def submit_previews():
    # two fixed previews: 2 calls fit within 3/s: no finding
    futures = [
        client.create2_d_digital_human_video_async(video_request({"id": who}))
        for who in ("preview-a", "preview-b")
    ]
    return [f.result().job_id for f in futures]


def states(job_ids):
    futures = []
    for job_id in job_ids:
        futures.append(client.show2_d_digital_human_video_async(Show2DDigitalHumanVideoRequest(job_id=job_id)))
        # 8 x 1 / (0.1 + 1.0) = 7.3/s <= 10/s (show2_d_digital_human_video, cn-east-3): no finding
        time.sleep(1.0)
    return {r.job_id: r.state for r in (f.result() for f in futures)}


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    with open(sys.argv[1], newline="", encoding="utf-8") as fh:
        ids = submit_batch(list(csv.DictReader(fh)))
    log.info("submitted %d jobs", len(ids))
    log.info("states: %s", states(ids))
