"""Helpers the marketing pipeline uses to wait for avatar videos to finish rendering."""
import logging
import time
from typing import Optional

from huaweicloudsdkmetastudio.v1 import (
    Create2DDigitalHumanVideoReq,
    Create2DDigitalHumanVideoRequest,
    MetaStudioClient,
    Show2DDigitalHumanVideoRequest,
)

log = logging.getLogger(__name__)

TERMINAL = ("SUCCEED", "FAILED", "CANCELED", "BLOCK")
POLL_INTERVAL_S = 5


class VideoJobFailed(RuntimeError):
    pass


def wait_for_video(client: Optional[MetaStudioClient], job_id: str):
    """First version, still used by the nightly batch."""
    req = Show2DDigitalHumanVideoRequest(job_id=job_id)
    while True:
        # same request every time, no delay: 10/s is under 20/s, but it is a busy poll
        resp = client.show2_d_digital_human_video(req)  # expect: MST103 ~10/s
        if resp.state in TERMINAL:
            break
    if resp.state != "SUCCEED":
        raise VideoJobFailed(f"{job_id}: {resp.state} {resp.error_info}")
    return resp


def wait_for_video_v2(client: Optional[MetaStudioClient], job_id: str, timeout_s: float = 1800):
    """Version with a poll interval: no finding."""
    deadline = time.monotonic() + timeout_s
    req = Show2DDigitalHumanVideoRequest(job_id=job_id)
    resp = client.show2_d_digital_human_video(req)
    while resp.state not in TERMINAL:
        if time.monotonic() > deadline:
            raise TimeoutError(job_id)
        time.sleep(POLL_INTERVAL_S)
        resp = client.show2_d_digital_human_video(req)
    return resp


def render_and_wait(client: Optional[MetaStudioClient], script_id: str):
    created = client.create2_d_digital_human_video(
        Create2DDigitalHumanVideoRequest(body=Create2DDigitalHumanVideoReq(script_id=script_id))
    )
    log.info("job %s created", created.job_id)
    state = "WAITING"
    while state not in TERMINAL:
        # request rebuilt each time, but with the same arguments: still a busy poll
        state = client.show2_d_digital_human_video(Show2DDigitalHumanVideoRequest(job_id=created.job_id)).state  # expect: MST103
    return state
