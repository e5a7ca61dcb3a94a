"""trio nursery with one room started at a time (CapacityLimiter(1)) and a pause."""
import os

import trio
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient, StartSmartLiveReq, StartSmartLiveRequest
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
    .with_region(MetaStudioRegion.CN_NORTH_4)
    .build()
)

ONE_AT_A_TIME = trio.CapacityLimiter(1)


async def start(room_id):
    async with ONE_AT_A_TIME:
        await trio.to_thread.run_sync(client.start_smart_live, StartSmartLiveRequest(room_id=room_id, body=StartSmartLiveReq()))
        await trio.sleep(0.3)  # 1 / 0.4 s = 2.5/s <= 4/s


async def start_all(room_ids):
    async with trio.open_nursery() as nursery:
        for room_id in room_ids:
            nursery.start_soon(start, room_id)


if __name__ == "__main__":
    trio.run(start_all, os.environ["ROOMS"].split(","))
