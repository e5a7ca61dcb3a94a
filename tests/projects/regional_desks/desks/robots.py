"""Opens a robot (intelligent interaction) on a site."""
from huaweicloudsdkmetastudio.v1 import CreateRobotRequest, UpdateRobotRequest

from desks.registry import BY_NAME, CLIENTS


def open_singapore_robot(name):
    request = CreateRobotRequest(body={"name": name})
    return CLIENTS["sg"].create_robot(request)  # expect: MST201


def rename_singapore_robot(robot_id, name):
    request = UpdateRobotRequest(robot_id=robot_id, body={"name": name})
    return BY_NAME["sg"].update_robot(request)  # expect: MST201


def open_shanghai_robot(name):
    return CLIENTS["sh"].create_robot(CreateRobotRequest(body={"name": name}))
