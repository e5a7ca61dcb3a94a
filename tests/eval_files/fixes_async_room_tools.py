"""Live-room tools for an ops dashboard: an async poller, a tenacity-wrapped
creator, REST calls with requests and a one-line cleanup loop (written to
check `metastudio-lint fix` on code it was not tuned on)."""
import asyncio
import os

import requests
from tenacity import retry, stop_after_attempt

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (CreateSmartLiveRoomRequest, DeleteSmartLiveRoomRequest, MetaStudioClient,
                                         ShowSmartLiveRequest)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

PROJECT = os.environ.get("MS_PROJECT_ID", "p")
BASE = "https://metastudio.cn-north-4.myhuaweicloud.com/v1/%s" % PROJECT
client = (MetaStudioClient.new_builder()
          .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], PROJECT))
          .with_region(MetaStudioRegion.CN_NORTH_4)
          .build())


@retry(stop=stop_after_attempt(3))
def create_room(body):
    return client.create_smart_live_room(CreateSmartLiveRoomRequest(body=body))  # expect: MST104


def drop_rooms(room_ids):
    for room_id in room_ids: client.delete_smart_live_room(DeleteSmartLiveRoomRequest(room_id=room_id))  # expect: MST101


async def watch(room_id, job_id):
    while True:
        state = await asyncio.to_thread(client.show_smart_live, ShowSmartLiveRequest(room_id=room_id, job_id=job_id))  # expect: MST103
        if state.state in ("SUCCESS", "FAILED"):
            return state


def list_rooms_pages(pages):
    rooms = []
    for page in range(pages):
        resp = requests.get(BASE + "/smart-live-rooms", params={"offset": page * 10, "limit": 10})
        if resp.status_code == 429:
            continue
        rooms.extend(resp.json().get("smart_live_rooms", []))
    return rooms
