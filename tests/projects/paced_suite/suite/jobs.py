import asyncio

from huaweicloudsdkmetastudio.v1 import ShowSmartLiveRoomRequest

from suite.client import sync_client
from suite.products import create_product, delete_product
from suite.utils.limits import ASSET_LIMITER, ROOM_SLOTS


def seed(bodies):
    for body in bodies:
        create_product(body)


def purge(ids):
    for product_id in ids:
        delete_product(product_id)


async def refresh_rooms(room_ids):
    client = sync_client()
    loop = asyncio.get_running_loop()

    async def one(room_id):
        async with ASSET_LIMITER:
            return await loop.run_in_executor(
                None, client.show_smart_live_room, ShowSmartLiveRoomRequest(room_id=room_id))

    return await asyncio.gather(*(one(r) for r in room_ids))
