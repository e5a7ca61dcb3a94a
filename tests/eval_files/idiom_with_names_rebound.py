"""One name for two pools (or sessions) in one function, each in its own
``with``: inside each body the name is that with's object, so each fan-out
has its own concurrency (the first assignment of the name is not the one)."""
import time
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.pool import ThreadPool

from huaweicloudsdkmetastudio.v1 import (MetaStudioClient, ShowSmartLiveRoomRequest, UpdateSmartLiveRoomRequest)

client = MetaStudioClient.new_builder().build()


def update(room_id):
    client.update_smart_live_room(UpdateSmartLiveRoomRequest(room_id=room_id))


def read_back(room_id):
    time.sleep(0.4)
    return client.show_smart_live_room(ShowSmartLiveRoomRequest(room_id=room_id))


def refresh(room_ids):
    with ThreadPool(8) as pool:
        list(pool.imap(update, room_ids))  # expect: MST102 ~80/s @14
    with ThreadPool(2) as pool:
        for state in pool.imap_unordered(read_back, room_ids):  # 2 x 1 / 0.5 s = 4/s, cn-north-4 allows 20/s
            print(state)


def verify_first(room_ids):
    with ThreadPoolExecutor(max_workers=2) as pool:
        states = list(pool.map(read_back, room_ids))  # 4/s
    with ThreadPoolExecutor(max_workers=6) as pool:
        list(pool.map(update, room_ids))  # expect: MST102 ~60/s @14
    return states
