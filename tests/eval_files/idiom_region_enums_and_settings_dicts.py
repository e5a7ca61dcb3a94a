"""Regions held in an Enum the code defines and in a settings dict of mixed values: the member's
value and the dict's constant entry are the region ids the client is built with.  Each loop runs
at ~3.3/s (0.1 s call + 0.2 s sleep): over cn-east-3's 3/s, within cn-north-4's 4/s."""
import os
import time
from enum import Enum

import httpx
from huaweicloudsdkmetastudio.v1 import DeleteSmartLiveRoomRequest, MetaStudioClient, UpdateProductRequest
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion


class Region(str, Enum):
    BEIJING = "cn-north-4"
    SHANGHAI = "cn-east-3"
    HONG_KONG = "ap-southeast-1"  # expect: MST202 @17


METASTUDIO = {
    "REGION": "cn-east-3",
    "AK": os.environ["MS_AK"],
    "SK": os.environ.get("MS_SK", ""),
}


def make_client(*, region):
    return MetaStudioClient.new_builder().with_region(MetaStudioRegion.value_of(region)).build()


shanghai = make_client(region=Region.SHANGHAI.value)
beijing = make_client(region=Region.BEIJING)
from_settings = make_client(region=METASTUDIO["REGION"])
pilot = make_client(region=Region.HONG_KONG.value)


def prune(room_ids):
    for room_id in room_ids:
        shanghai.delete_smart_live_room(DeleteSmartLiveRoomRequest(room_id=room_id))  # expect: MST101 ~3.3/s @9
        time.sleep(0.2)


def prune_beijing(room_ids):
    for room_id in room_ids:
        beijing.delete_smart_live_room(DeleteSmartLiveRoomRequest(room_id=room_id))
        time.sleep(0.2)


def retag(product_ids):
    for product_id in product_ids:
        from_settings.update_product(UpdateProductRequest(product_id=product_id))  # expect: MST101 ~3.3/s @9
        time.sleep(0.2)


class LiveRest:
    def __init__(self, *, region: Region = Region.SHANGHAI):
        self.http = httpx.Client(base_url=f"https://metastudio.{region.value}.myhuaweicloud.com")

    def delete_room(self, project_id, room_id):
        return self.http.delete(f"/v1/{project_id}/smart-live-rooms/{room_id}")


def prune_rest(project_id, room_ids):
    rest = LiveRest()
    for room_id in room_ids:
        rest.delete_room(project_id, room_id)  # expect: MST101 ~3.3/s @9
        time.sleep(0.2)
