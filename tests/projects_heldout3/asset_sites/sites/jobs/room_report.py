"""Daily report: the state of every live room of a site."""
from concurrent.futures import ThreadPoolExecutor

from huaweicloudsdkmetastudio.v1 import ShowSmartLiveRoomRequest

from sites.ops import run


def report(site, room_ids):
    with ThreadPoolExecutor(8) as ex:
        futures = []
        for room_id in room_ids:
            futures.append(ex.submit(run, site, "show_smart_live_room", ShowSmartLiveRoomRequest(room_id=room_id)))  # expect: MST102
        return [f.result() for f in futures]
