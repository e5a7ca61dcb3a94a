# flake8-options: --metastudio-region=ap-southeast-3
"""Beijing back-office jobs that live in the Singapore team's repository.

setup.cfg of this repo says ap-southeast-3, but this module pins its client to cn-north-4 in code,
and the code wins. Expected: no finding.
"""
import os
import time as t

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    CreateActiveCodeReq,
    CreateActiveCodeRequest,
    CreateProductRequest,
    CreateProductRequestBody,
    CreateRobotReq,
    CreateRobotRequest,
    CreateSmartChatRoomReq,
    CreateSmartChatRoomRequest,
    IflytekAiuiConfig,
    MetaStudioClient,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

HOME_REGION = MetaStudioRegion.CN_NORTH_4

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["BJ_AK"], os.environ["BJ_SK"], os.environ["BJ_PROJECT_ID"]))
    .with_region(HOME_REGION)
    .build()
)


def provision_reception(model_asset_id: str) -> dict:
    # dialogs, applications and activation codes exist in cn-north-4
    aiui = IflytekAiuiConfig(app_id=os.environ["AIUI_APP_ID"], app_key=os.environ["AIUI_APP_KEY"])
    robot = client.create_robot(CreateRobotRequest(body=CreateRobotReq(name="reception", app_type=0, iflytek_aiui_config=aiui)))
    room = client.create_smart_chat_room(CreateSmartChatRoomRequest(
        body=CreateSmartChatRoomReq(room_name="reception", model_asset_id=model_asset_id, robot_id=robot.robot_id)
    ))
    code = client.create_active_code(CreateActiveCodeRequest(
        body=CreateActiveCodeReq(robot_id=robot.robot_id, room_id=room.room_id, valid_period=30)
    ))
    return {"robot": robot.robot_id, "room": room.room_id, "code": code.active_code}


def import_products(names: list) -> None:
    for name in names:
        # 1 / (0.1 + 0.2) = 3.33/s: <= 4/s in cn-north-4 (it would be > 3/s in ap-southeast-3)
        client.create_product(CreateProductRequest(body=CreateProductRequestBody(name=name)))
        t.sleep(0.2)


if __name__ == "__main__":
    print(provision_reception(os.environ["MODEL_ASSET_ID"]))
