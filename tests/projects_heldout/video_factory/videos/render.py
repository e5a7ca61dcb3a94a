"""Submit a 2D digital-human video and wait for it."""
from huaweicloudsdkmetastudio.v1 import (
    Create2DDigitalHumanVideoReq,
    Create2DDigitalHumanVideoRequest,
    Show2DDigitalHumanVideoRequest,
)

from videos.clients import CLIENT, DR_CLIENT
from videos.settings import MODEL_ASSET_ID

DONE = {"SUCCEED", "FAILED", "CANCELED"}


def submit(script_id, client=CLIENT):
    body = Create2DDigitalHumanVideoReq(script_id=script_id, model_asset_id=MODEL_ASSET_ID)
    return client.create2_d_digital_human_video(Create2DDigitalHumanVideoRequest(body=body)).job_id


def wait_done(job_id):
    while True:
        job = CLIENT.show2_d_digital_human_video(Show2DDigitalHumanVideoRequest(job_id=job_id))  # expect: MST103 ~10/s
        if job.state in DONE:
            return job


def submit_dr(script_id):
    return submit(script_id, client=DR_CLIENT)
