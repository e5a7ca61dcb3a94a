"""trio nurseries capped by a CapacityLimiter, and anyio start_soon with partial."""
import functools
import os

import anyio
import trio
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient, ShowAssetRequest, StartSmartLiveReq, StartSmartLiveRequest
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"]))
    .with_region(MetaStudioRegion.CN_NORTH_4)
    .build()
)
THREE = trio.CapacityLimiter(3)
TWO = trio.CapacityLimiter(2)


async def show(asset_id, limiter):
    async with limiter:
        await trio.to_thread.run_sync(client.show_asset, ShowAssetRequest(asset_id=asset_id))


async def show_three(asset_ids):
    async with trio.open_nursery() as nursery:
        for asset_id in asset_ids:
            # 3 x 10/s = 30/s > 20/s (show_asset)
            nursery.start_soon(show, asset_id, THREE)  # expect: MST102 ~30/s


async def show_two(asset_ids):
    async with trio.open_nursery() as nursery:
        for asset_id in asset_ids:
            nursery.start_soon(show, asset_id, TWO)  # 2 x 10/s = 20/s <= 20/s


async def start(room_id, note):
    print(note)
    await anyio.to_thread.run_sync(client.start_smart_live, StartSmartLiveRequest(room_id=room_id, body=StartSmartLiveReq()))


async def start_all(room_ids):
    async with anyio.create_task_group() as tg:
        for room_id in room_ids:
            # unbounded: 32 x 10/s = 320/s > 4/s (start_smart_live)
            tg.start_soon(functools.partial(start, note="go"), room_id)  # expect: MST102 ~320/s
