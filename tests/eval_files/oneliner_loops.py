"""Quick maintenance script written with one-line loop bodies."""
import os
import sys

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    CreateProductRequest,
    CreateProductRequestBody,
    CreateSmartLiveRoomReq,
    CreateSmartLiveRoomRequest,
    LiveEventReportRequest,
    MetaStudioClient,
    Show2DDigitalHumanVideoRequest,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
    .with_region(MetaStudioRegion.CN_NORTH_4)
    .build()
)


def heartbeat(room_id, job_id):
    client.live_event_report(LiveEventReportRequest(room_id=room_id, job_id=job_id))


def seed(names):
    reqs = [CreateProductRequest(body=CreateProductRequestBody(name=n)) for n in names]
    for r in reqs: client.create_product(r)  # expect: MST101 ~10/s


def keep_alive(room_id, job_id):
    while True: heartbeat(room_id, job_id)  # expect: MST101 ~10/s


def wait(job_id):
    req = Show2DDigitalHumanVideoRequest(job_id=job_id)
    while client.show2_d_digital_human_video(req).state not in ("SUCCEED", "FAILED"): pass  # expect: MST103 ~10/s


def create_room(name):
    req = CreateSmartLiveRoomRequest(body=CreateSmartLiveRoomReq(room_name=name))
    while True:
        try: return client.create_smart_live_room(req)  # expect: MST104
        except Exception: continue


if __name__ == "__main__":
    seed(sys.argv[1:])
