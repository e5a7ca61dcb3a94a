"""One client per site, kept in containers; each keeps its own region."""
import os
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.region.region import Region
from huaweicloudsdkmetastudio.v1 import (
    CreateProductRequest,
    CreateProductRequestBody,
    CreateSmartChatRoomReq,
    CreateSmartChatRoomRequest,
    MetaStudioClient,
    UpdateProductRequest,
    UpdateProductRequestBody,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

SINGAPORE = Region("ap-southeast-3", "https://metastudio.ap-southeast-3.myhuaweicloud.com")


def build(region):
    creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"])
    return MetaStudioClient.new_builder().with_credentials(creds).with_region(region).build()


CLIENTS = {"sg": build(SINGAPORE), "bj": build(MetaStudioRegion.CN_NORTH_4), "sh": build(MetaStudioRegion.CN_EAST_3)}
FLEET = [build(MetaStudioRegion.CN_EAST_3), build(SINGAPORE)]


def open_store_rooms(stores, robot_id, model_asset_id):
    for store in stores:
        body = CreateSmartChatRoomReq(room_name=store, robot_id=robot_id, model_asset_id=model_asset_id)
        # Singapore does not offer "Creating an Interactive Dialog": MST201, no rate finding
        CLIENTS["sg"].create_smart_chat_room(CreateSmartChatRoomRequest(body=body))  # expect: MST201


def seed_beijing(names):
    bj = CLIENTS.get("bj")
    for name in names:
        bj.create_product(CreateProductRequest(body=CreateProductRequestBody(name=name)))  # expect: MST101 ~10/s


def reprice_shanghai(updates):
    for product_id, text in updates:
        body = UpdateProductRequestBody(description=text)
        # 1 / 0.3 s = 3.3/s > 3/s in cn-east-3 (it would be fine in cn-north-4, 4/s)
        FLEET[0].update_product(UpdateProductRequest(product_id=product_id, body=body))  # expect: MST101 ~3.3/s
        time.sleep(0.2)


def seed_everywhere(names):
    for region_client in CLIENTS.values():
        for name in names:
            # 10/s > 4/s, 3/s, 3/s: too fast in every region of the dict
            region_client.create_product(CreateProductRequest(body=CreateProductRequestBody(name=name)))  # expect: MST101 ~10/s


if __name__ == "__main__":
    seed_beijing(["mug"])
