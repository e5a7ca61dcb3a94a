"""Run once per environment: creates the teller application."""
from huaweicloudsdkmetastudio.v1 import CreateRobotRequest

from helpdesk.client import metastudio
from helpdesk.settings import ROBOT_BODY

if __name__ == "__main__":
    metastudio().create_robot(CreateRobotRequest(body=ROBOT_BODY))
