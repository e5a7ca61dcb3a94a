"""Roll the autumn price tags and assistant settings out to every MetaStudio site.

One factory builds the client for a region; the module keeps one client per site.
"""
import os
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.region.region import Region
from huaweicloudsdkmetastudio.v1 import (
    CreateSmartChatRoomReq,
    CreateSmartChatRoomRequest,
    ListSmartChatRoomsRequest,
    MetaStudioClient,
    UpdateProductRequest,
    UpdateProductRequestBody,
    UpdateRobotReq,
    UpdateRobotRequest,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

SINGAPORE = Region("ap-southeast-3", "https://metastudio.ap-southeast-3.myhuaweicloud.com")


def get_client(region):
    creds = BasicCredentials(os.environ["HW_AK"], os.environ["HW_SK"])
    return MetaStudioClient.new_builder().with_credentials(creds).with_region(region).build()


beijing = get_client(MetaStudioRegion.CN_NORTH_4)
shanghai = get_client(MetaStudioRegion.CN_EAST_3)
singapore = get_client(SINGAPORE)


def roll_out_prices(updates):
    for product_id, price in updates:
        body = UpdateProductRequestBody(description="price: %s" % price)
        beijing.update_product(UpdateProductRequest(product_id=product_id, body=body))
        time.sleep(0.2)  # 1 / 0.3 s = 3.3/s <= 4/s in cn-north-4
    for product_id, price in updates:
        body = UpdateProductRequestBody(description="price: %s" % price)
        # copy-pasted loop, but Shanghai allows only 3/s: 3.3/s > 3/s (update_product, cn-east-3)
        shanghai.update_product(UpdateProductRequest(product_id=product_id, body=body))  # expect: MST101 ~3.3/s @9
        time.sleep(0.2)


def rename_assistants(robot_ids, suffix):
    for robot_id in robot_ids:
        # no delay: 10/s > 5/s (update_robot, cn-north-4)
        beijing.update_robot(UpdateRobotRequest(robot_id=robot_id, body=UpdateRobotReq(name="assistant-" + suffix)))  # expect: MST101 ~10/s @9
    for robot_id in robot_ids:
        # cn-east-3 allows 10/s for "Modifying an Application": 10/s is not more than 10/s
        shanghai.update_robot(UpdateRobotRequest(robot_id=robot_id, body=UpdateRobotReq(name="assistant-" + suffix)))


def open_dialog_rooms(robot_id, model_asset_id):
    existing = singapore.list_smart_chat_rooms(ListSmartChatRoomsRequest(limit=10))
    if existing.count:
        return existing
    body = CreateSmartChatRoomReq(room_name="sg-concierge", model_asset_id=model_asset_id, robot_id=robot_id)
    # AP-Singapore does not offer "Creating an Interactive Dialog"
    return singapore.create_smart_chat_room(CreateSmartChatRoomRequest(body=body))  # expect: MST201


if __name__ == "__main__":
    price_file = os.environ.get("PRICE_FILE", "prices.tsv")
    rows = [line.split("\t") for line in open(price_file, encoding="utf-8").read().splitlines()]
    roll_out_prices([(r[0], r[1]) for r in rows])
    rename_assistants(os.environ["ROBOT_IDS"].split(","), "autumn")
    open_dialog_rooms(os.environ["SG_ROBOT"], os.environ["SG_MODEL"])
