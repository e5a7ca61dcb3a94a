"""Create the dialog application (run once per environment)."""
from huaweicloudsdkmetastudio.v1 import CreateRobotReq, CreateRobotRequest, HuaweiEiCbs

from .clients import bj_client
from .settings import APP_NAME, APP_TYPE_CBS, CBS_PROJECT


def create_app():
    body = CreateRobotReq(name=APP_NAME, app_type=APP_TYPE_CBS, huawei_ei_cbs=HuaweiEiCbs(cbs_project_id=CBS_PROJECT))
    return bj_client().create_robot(CreateRobotRequest(body=body)).robot_id
