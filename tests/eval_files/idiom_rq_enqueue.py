"""Queue live-room creation jobs with RQ."""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    CreateSmartLiveRoomReq,
    CreateSmartLiveRoomRequest,
    MetaStudioClient,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion
from redis import Redis
from rq import Queue

queue = Queue("rooms", connection=Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0")))


def _client():
    creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"])
    return MetaStudioClient.new_builder().with_credentials(creds).with_region(MetaStudioRegion.CN_NORTH_4).build()


def create_room(name):
    return _client().create_smart_live_room(CreateSmartLiveRoomRequest(body=CreateSmartLiveRoomReq(room_name=name))).room_id


def queue_rooms(names):
    for name in names:
        # RQ workers run the jobs concurrently: >= 10/s > 5/s (create_smart_live_room)
        queue.enqueue(create_room, name)  # expect: MST102
