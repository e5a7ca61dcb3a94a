"""Per-site clients in containers; every loop fits the limit of its own region."""
import os
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.region.region import Region
from huaweicloudsdkmetastudio.v1 import (
    CreateSmartChatRoomReq,
    CreateSmartChatRoomRequest,
    ListSmartChatRoomsRequest,
    MetaStudioClient,
    UpdateRobotReq,
    UpdateRobotRequest,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

SINGAPORE = Region("ap-southeast-3", "https://metastudio.ap-southeast-3.myhuaweicloud.com")


def build(region):
    creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"])
    return MetaStudioClient.new_builder().with_credentials(creds).with_region(region).build()


CLIENTS = {"sg": build(SINGAPORE), "sh": build(MetaStudioRegion.CN_EAST_3)}
BY_REGION = {r: build(MetaStudioRegion.value_of(r)) for r in ("cn-north-4", "cn-east-3")}


def rename_shanghai(robot_ids):
    sh = CLIENTS["sh"]
    for robot_id in robot_ids:
        # cn-east-3 allows 10/s for update_robot: 10/s is not above (cn-north-4 would be 5/s)
        sh.update_robot(UpdateRobotRequest(robot_id=robot_id, body=UpdateRobotReq(name="concierge")))


def count_rooms():
    # list_smart_chat_rooms is offered everywhere, once per site
    return {site: c.list_smart_chat_rooms(ListSmartChatRoomsRequest(limit=1)).count for site, c in CLIENTS.items()}


def open_room(site, robot_id, model_asset_id):
    body = CreateSmartChatRoomReq(room_name="lobby", robot_id=robot_id, model_asset_id=model_asset_id)
    # non-constant key: sg does not offer it, sh does; not true for every entry, so no MST201
    return CLIENTS[site].create_smart_chat_room(CreateSmartChatRoomRequest(body=body))


def rename_everywhere(robot_ids):
    for client in BY_REGION.values():
        for robot_id in robot_ids:
            client.update_robot(UpdateRobotRequest(robot_id=robot_id, body=UpdateRobotReq(name="concierge")))
            time.sleep(0.2)  # 1 / 0.3 s = 3.3/s <= 5/s (cn-north-4) and <= 10/s (cn-east-3)


if __name__ == "__main__":
    rename_shanghai(os.environ["ROBOTS"].split(","))
