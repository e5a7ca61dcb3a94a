"""Clients built from a list of (name, region) pairs, in a dict comprehension
or a ``for`` loop: each entry is in its own region (the Singapore client is
judged against 3/s, the Beijing one against 4/s), and a region id in a pair
that MetaStudio does not have is reported where it is written."""
import time

from huaweicloudsdkmetastudio.v1 import DeleteSmartLiveRoomRequest, MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

SITES = [("bj", "cn-north-4"), ("sg", "ap-southeast-3")]
BEIJING = ("bj", "cn-north-4")


def build(region_id):
    return MetaStudioClient.new_builder().with_region(MetaStudioRegion.value_of(region_id)).build()


CLIENTS = {name: build(region) for name, region in SITES}
BY_CONSTANT = {name: build(region) for name, region in [BEIJING, ("sg", "ap-southeast-3")]}


def clear_singapore(room_ids):
    for room_id in room_ids:
        CLIENTS["sg"].delete_smart_live_room(DeleteSmartLiveRoomRequest(room_id=room_id))  # expect: MST101 ~3.3/s @9
        time.sleep(0.2)


def clear_beijing(room_ids):
    for room_id in room_ids:
        CLIENTS["bj"].delete_smart_live_room(DeleteSmartLiveRoomRequest(room_id=room_id))  # 3.3/s < 4/s
        time.sleep(0.2)


def clear_both(room_ids):
    for room_id in room_ids:
        BY_CONSTANT["sg"].delete_smart_live_room(DeleteSmartLiveRoomRequest(room_id=room_id))  # expect: MST101 ~3.3/s @9
        # each region has its own limit: 1 call per 0.3 s is over Singapore's 3/s, under Beijing's 4/s
        BY_CONSTANT["bj"].delete_smart_live_room(DeleteSmartLiveRoomRequest(room_id=room_id))
        time.sleep(0.1)


def per_site(room_ids):
    for name, region in [("gz", "cn-south-9"), ("sh", "cn-east-3")]:  # expect: MST202 @33
        client = build(region)
        for room_id in room_ids:
            client.delete_smart_live_room(DeleteSmartLiveRoomRequest(room_id=room_id))
            time.sleep(0.5)
