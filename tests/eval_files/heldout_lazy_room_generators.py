"""Lazy helpers over the live-room inventory: nothing is fetched until a caller iterates.

The helpers take whatever client the caller hands in (no type hints, the team's style).
"""
import itertools
import os
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    CreateSmartLiveRoomReq,
    CreateSmartLiveRoomRequest,
    DeleteSmartLiveRoomRequest,
    ListSmartLiveRoomsRequest,
    MetaStudioClient,
    ShowSmartLiveRoomRequest,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

PAGE = 50


def iter_rooms(client, live_state=None):
    """Yield every room, one page (50 rooms) per request; the offset moves each time."""
    offset = 0
    while True:
        page = client.list_smart_live_rooms(
            ListSmartLiveRoomsRequest(offset=offset, limit=PAGE, live_state=live_state)
        )
        rooms = page.smart_live_rooms or []
        yield from rooms
        if len(rooms) < PAGE:
            return
        offset += PAGE


def iter_room_details(client, room_ids):
    # a generator expression: 10/s <= 20/s (show_smart_live_room)
    return (client.show_smart_live_room(ShowSmartLiveRoomRequest(room_id=r)) for r in room_ids)


def clone_rooms(client, templates):
    for template in templates:
        body = CreateSmartLiveRoomReq(room_name=template.room_name + "-copy", room_type=template.room_type)
        # consumed with list() below, nothing in between: 10/s > 5/s (create_smart_live_room)
        yield client.create_smart_live_room(CreateSmartLiveRoomRequest(body=body))  # expect: MST101 ~10/s


def prune_idle_rooms(client, keep_prefix="perm-"):
    removed = 0
    for room in iter_rooms(client):
        if room.room_name.startswith(keep_prefix) or room.live_state != "STOPPED":
            continue
        # only idle rooms are deleted, but nothing slows the loop: 10/s > 4/s (delete_smart_live_room)
        client.delete_smart_live_room(DeleteSmartLiveRoomRequest(room_id=room.room_id))  # expect: MST101 ~10/s @9
        removed += 1
    return removed


def first_n_playing(client, n):
    return list(itertools.islice(iter_rooms(client, live_state="LIVING"), n))


def main():
    client = (
        MetaStudioClient.new_builder()
        .with_credentials(BasicCredentials(os.environ["HW_AK"], os.environ["HW_SK"], os.environ["HW_PROJECT"]))
        .with_region(MetaStudioRegion.CN_NORTH_4)
        .build()
    )
    playing = first_n_playing(client, 5)
    for detail in iter_room_details(client, [r.room_id for r in playing]):
        print(detail.room_name, detail.live_state)
    templates = [r for r in iter_rooms(client) if r.room_name.startswith("tpl-")]
    clones = list(clone_rooms(client, templates))
    print("cloned", len(clones))
    time.sleep(1)
    print("pruned", prune_idle_rooms(client))


if __name__ == "__main__":
    main()
