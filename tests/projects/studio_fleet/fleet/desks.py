"""Opening a chat desk (an intelligent-interaction application) in a studio."""
from huaweicloudsdkmetastudio.v1 import CreateRobotReq, CreateRobotRequest

from fleet.clients import STUDIO_CLIENTS


def open_beijing_desk(name):
    request = CreateRobotRequest(body=CreateRobotReq(name=name, app_type=0))
    return STUDIO_CLIENTS["bj"].create_robot(request)


def open_singapore_desk(name):
    request = CreateRobotRequest(body=CreateRobotReq(name=name, app_type=0))
    return STUDIO_CLIENTS["sg"].create_robot(request)  # expect: MST201
