"""A loop every path of which leaves on its first pass (tenacity's
``for attempt in Retrying(...): with attempt: return ...``, a ``for`` that
returns its first hit) runs once each time it is entered: the context around
it (a pool, an outer loop) decides the rate."""
from concurrent.futures import ThreadPoolExecutor

from huaweicloudsdkmetastudio.v1 import DeleteSmartLiveRoomRequest, MetaStudioClient, UpdateDigitalAssetRequest
from tenacity import Retrying, stop_after_attempt, wait_exponential

client = MetaStudioClient.new_builder().build()


def push(asset_id):
    for attempt in Retrying(wait=wait_exponential(max=20), stop=stop_after_attempt(5), reraise=True):
        with attempt:
            return client.update_digital_asset(UpdateDigitalAssetRequest(asset_id=asset_id))


def push_all(asset_ids):
    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(push, asset_ids))  # expect: MST102 ~40/s @21


def drop_first(room_ids):
    for room_id in room_ids:
        return client.delete_smart_live_room(DeleteSmartLiveRoomRequest(room_id=room_id))  # once per call


def sweep(groups):
    for group in groups:
        drop_first(group)  # expect: MST101 ~10/s @9
