"""Issue activation codes for the Singapore kiosk fleet."""
import logging
import sys

from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException
from huaweicloudsdkmetastudio.v1 import CreateActiveCodeReq, CreateActiveCodeRequest, MetaStudioClient, ShowRobotRequest

from . import clients
from .retry import Retry, is_throttled

log = logging.getLogger(__name__)
VALID_DAYS = 30


def fetch_robot(client: MetaStudioClient, robot_id: str):
    retry = Retry(attempts=5)
    for attempt in retry:
        try:
            return client.show_robot(ShowRobotRequest(robot_id=robot_id))
        except ClientRequestException as exc:
            if not is_throttled(exc) or retry.last(attempt):
                raise
            log.info("show_robot throttled (attempt %d)", attempt + 1)
    return None


def issue_code(robot_id: str, room_id: str) -> str:
    client = clients.singapore()
    robot = fetch_robot(client, robot_id)
    log.info("issuing an activation code for %s", robot.name)
    body = CreateActiveCodeReq(robot_id=robot_id, room_id=room_id, valid_period=VALID_DAYS)
    return client.create_active_code(CreateActiveCodeRequest(body=body)).active_code  # expect: MST201


if __name__ == "__main__":
    print(issue_code(sys.argv[1], sys.argv[2]))
