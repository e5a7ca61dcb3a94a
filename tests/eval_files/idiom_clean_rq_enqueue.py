"""Queue one RQ job that creates the rooms itself, paced."""
import os
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import CreateSmartLiveRoomReq, CreateSmartLiveRoomRequest, MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion
from redis import Redis
from rq import Queue

queue = Queue("rooms", connection=Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0")))


def create_rooms(names):
    creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"])
    client = MetaStudioClient.new_builder().with_credentials(creds).with_region(MetaStudioRegion.CN_NORTH_4).build()
    for name in names:
        client.create_smart_live_room(CreateSmartLiveRoomRequest(body=CreateSmartLiveRoomReq(room_name=name)))
        time.sleep(0.3)  # 1 / 0.4 s = 2.5/s <= 5/s


def queue_rooms(names):
    return queue.enqueue(create_rooms, list(names))
