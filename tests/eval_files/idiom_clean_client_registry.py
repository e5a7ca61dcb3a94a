"""Per-site clients where a rate is too fast for some site only: nothing holds for every site."""
import os
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    CreateProductRequest,
    CreateProductRequestBody,
    CreateSmartChatRoomReq,
    CreateSmartChatRoomRequest,
    MetaStudioClient,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion


def build(region):
    creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"])
    return MetaStudioClient.new_builder().with_credentials(creds).with_region(region).build()


SITES = {"bj": build(MetaStudioRegion.CN_NORTH_4), "sh": build(MetaStudioRegion.CN_EAST_3),
         "sg": build(MetaStudioRegion.AP_SOUTHEAST_3)}


def open_rooms(site, names, robot_id):
    for name in names:
        body = CreateSmartChatRoomReq(room_name=name, robot_id=robot_id)
        # not offered in sg, but offered in bj/sh: neither MST201 nor a rate holds for every site
        SITES.get(site).create_smart_chat_room(CreateSmartChatRoomRequest(body=body))
        time.sleep(0.3)


def seed(site, names):
    for name in names:
        # 1 / 0.3 s = 3.3/s: above 3/s in sh and sg, not above 4/s in bj
        SITES[site].create_product(CreateProductRequest(body=CreateProductRequestBody(name=name)))
        time.sleep(0.2)


def seed_beijing(names):
    bj = SITES["bj"]
    for name in names:
        bj.create_product(CreateProductRequest(body=CreateProductRequestBody(name=name)))
        time.sleep(0.2)  # 3.3/s <= 4/s in cn-north-4
