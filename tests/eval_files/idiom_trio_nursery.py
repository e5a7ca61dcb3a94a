"""Start the livestream of every room at once with a trio nursery."""
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


async def start(room_id):
    req = StartSmartLiveRequest(room_id=room_id, body=StartSmartLiveReq())
    await trio.to_thread.run_sync(client.start_smart_live, req)


async def start_all(room_ids):
    async with trio.open_nursery() as nursery:
        for room_id in room_ids:
            # unbounded: 32 x 10/s = 320/s > 4/s (start_smart_live)
            nursery.start_soon(start, room_id)  # expect: MST102 ~320/s


if __name__ == "__main__":
    trio.run(start_all, os.environ["ROOMS"].split(","))
