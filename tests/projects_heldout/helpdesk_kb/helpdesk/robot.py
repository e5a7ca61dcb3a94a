"""Create the help-desk application on the configured dialogue engine."""
from huaweicloudsdkmetastudio.v1 import CreateRobotReq, CreateRobotRequest, HuaweiEiCbs

from helpdesk import settings


def create_robot(client):
    cbs = HuaweiEiCbs(app_id=settings.CBS_APP_ID, cbs_project_id=settings.CBS_PROJECT_ID)
    body = CreateRobotReq(name=settings.ROBOT_NAME, app_type=settings.APP_TYPE, huawei_ei_cbs=cbs)
    return client.create_robot(CreateRobotRequest(body=body)).robot_id
