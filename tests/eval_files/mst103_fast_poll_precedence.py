# flake8-options: --metastudio-region=cn-east-3 --metastudio-latency=0.05
"""Render farm monitor, deployed next to the Shanghai endpoint (region comes from the environment)."""
import logging
import os
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    ListSmartLiveRoomsRequest,
    MetaStudioClient,
    Show2DDigitalHumanVideoRequest,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

log = logging.getLogger("render_monitor")

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
    .with_region(MetaStudioRegion.value_of(os.environ["MS_REGION"]))
    .build()
)


def wait(job_id):
    req = Show2DDigitalHumanVideoRequest(job_id=job_id)
    while True:
        # busy poll AND over the limit: 1 / 0.05 s = 20/s > 10/s (cn-east-3); MST101 wins over MST103
        resp = client.show2_d_digital_human_video(req)  # expect: MST101 ~20/s
        if resp.state in ("SUCCEED", "FAILED", "CANCELED"):
            return resp.state


def wait_gently(job_id):
    req = Show2DDigitalHumanVideoRequest(job_id=job_id)
    while True:
        # 1 / (0.05 + 0.5) = 1.8/s: no finding
        resp = client.show2_d_digital_human_video(req)
        if resp.state in ("SUCCEED", "FAILED", "CANCELED"):
            return resp.state
        time.sleep(0.5)


def rooms():
    out, offset = [], 0
    while True:
        # pagination, 20/s > 10/s (list_smart_live_rooms, cn-east-3)
        page = client.list_smart_live_rooms(ListSmartLiveRoomsRequest(offset=offset, limit=20))  # expect: MST101 ~20/s
        out.extend(page.smart_live_rooms or [])
        if len(page.smart_live_rooms or []) < 20:
            return out
        offset += 20


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    for room in rooms():
        log.info("%s %s", room.room_id, room.room_state)
