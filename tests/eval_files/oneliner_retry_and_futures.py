"""Retry loops and async-client futures written on as few lines as possible."""
import time

from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException
from huaweicloudsdkmetastudio.v1 import (
    CreateSmartLiveRoomRequest,
    MetaStudioAsyncClient,
    MetaStudioClient,
    StartSmartLiveRequest,
)

client = MetaStudioClient.new_builder().build()
async_client = MetaStudioAsyncClient.new_builder().build()


def start_live(room_id, body):
    # retried at once on every client error
    while True:
        try: return client.start_smart_live(StartSmartLiveRequest(room_id=room_id, body=body))  # expect: MST104
        except ClientRequestException: continue


def start_live_patiently(room_id, body):
    for attempt in range(5):
        try: return client.start_smart_live(StartSmartLiveRequest(room_id=room_id, body=body))
        except ClientRequestException: time.sleep(2 ** attempt)


def create_rooms_one_by_one(bodies):
    # each future is waited for on the same line: one at a time, 10/s > 5/s
    for body in bodies:
        fut = async_client.create_smart_live_room_async(CreateSmartLiveRoomRequest(body=body)); fut.result()  # expect: MST101


def create_rooms_all_at_once(bodies):
    # 8 worker threads x 10/s = 80/s > 5/s
    futures = [async_client.create_smart_live_room_async(CreateSmartLiveRoomRequest(body=b)) for b in bodies]  # expect: MST102
    return [f.result() for f in futures]
