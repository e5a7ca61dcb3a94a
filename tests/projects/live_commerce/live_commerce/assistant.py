"""Creates the shop assistant (intelligent interaction application) for a live room."""
import sys

from huaweicloudsdkmetastudio.v1 import CreateRobotReq, CreateRobotRequest, HuaweiEiCbs, MetaStudioClient

from live_commerce import config
from live_commerce.clients import build_client


def create_assistant(client: MetaStudioClient, room_id: str) -> str:
    cbs = HuaweiEiCbs(app_id=config.CBS_APP_ID, cbs_project_id=config.CBS_PROJECT_ID, region=config.REGION)
    body = CreateRobotReq(
        name=config.ASSISTANT_NAME,
        app_type=config.ASSISTANT_APP_TYPE,
        room_id=room_id,
        language="zh_CN",
        huawei_ei_cbs=cbs,
    )
    return client.create_robot(CreateRobotRequest(body=body)).robot_id


if __name__ == "__main__":
    print(create_assistant(build_client(), sys.argv[1]))
