"""Service object over the MetaStudio application (robot) APIs, injected into the endpoints."""
import logging

from huaweicloudsdkcore.exceptions import exceptions
from huaweicloudsdkmetastudio.v1 import (
    CreateActiveCodeReq,
    CreateActiveCodeRequest,
    ListRobotRequest,
    MetaStudioClient,
    ShowRobotRequest,
    UpdateRobotReq,
    UpdateRobotRequest,
)

from .clients import get_client

log = logging.getLogger(__name__)

RENAME_ATTEMPTS = 3


class RobotService:
    def __init__(self, client: MetaStudioClient):
        self._client = client

    def list_robots(self, offset: int = 0, limit: int = 20):
        return self._client.list_robot(ListRobotRequest(offset=offset, limit=limit))

    def get_robot(self, robot_id: str):
        return self._client.show_robot(ShowRobotRequest(robot_id=robot_id))

    def issue_active_code(self, robot_id: str, room_id: str, valid_days: int):
        body = CreateActiveCodeReq(robot_id=robot_id, room_id=room_id, valid_period=valid_days)
        return self._client.create_active_code(CreateActiveCodeRequest(body=body))

    def rename_robot(self, robot_id: str, name: str):
        request = UpdateRobotRequest(robot_id=robot_id, body=UpdateRobotReq(name=name))
        for attempt in range(RENAME_ATTEMPTS):
            try:
                return self._client.update_robot(request)  # expect: MST104
            except exceptions.ClientRequestException as exc:
                if exc.error_code != "APIGW.0308" or attempt == RENAME_ATTEMPTS - 1:
                    raise
                log.warning("update_robot throttled for %s (attempt %d), retrying", robot_id, attempt + 1)


def get_robot_service() -> RobotService:
    return RobotService(get_client())
