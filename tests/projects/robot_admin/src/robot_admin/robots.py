"""RobotAdmin: the application (robot) and activation-code operations, named after the SDK methods."""
import logging
from typing import Iterable, Iterator, List, Optional

from huaweicloudsdkcore.exceptions import exceptions
from huaweicloudsdkmetastudio.v1 import (
    CreateRobotReq,
    CreateRobotRequest,
    DeleteRobotRequest,
    ListActiveCodeRequest,
    ListRobotRequest,
    MetaStudioClient,
    ResetActiveCodeReq,
    ResetActiveCodeRequest,
    ShowRobotRequest,
    ThirdPartyModelConfig,
    UpdateRobotReq,
    UpdateRobotRequest,
)
from ratelimit import limits, sleep_and_retry
from tenacity import retry, retry_if_exception_type, stop_after_attempt

from .settings import APP_TYPE_THIRD_PARTY_LLM, PAGE_LIMIT, RESETS_PER_SECOND, AdminSettings
from .utils import sdk_retry

logger = logging.getLogger(__name__)


class RobotAdmin:
    def __init__(self, client: MetaStudioClient, settings: Optional[AdminSettings] = None) -> None:
        self._client = client
        self._settings = settings or AdminSettings()

    def _model_config(self) -> ThirdPartyModelConfig:
        s = self._settings
        return ThirdPartyModelConfig(
            app_id=s.llm_app_id,
            app_key=s.llm_app_key,
            llm_url=s.llm_url,
            is_stream=True,
            chat_rounds=s.chat_rounds,
        )

    def create_robot(self, name: str, room_id: Optional[str] = None) -> str:
        body = CreateRobotReq(
            name=name,
            app_type=APP_TYPE_THIRD_PARTY_LLM,
            room_id=room_id,
            third_party_model_config=self._model_config(),
        )
        return self._client.create_robot(CreateRobotRequest(body=body)).robot_id

    def show_robot(self, robot_id: str):
        return self._client.show_robot(ShowRobotRequest(robot_id=robot_id))

    def iter_robots(self) -> Iterator:
        offset = 0
        while True:
            page = self._client.list_robot(ListRobotRequest(offset=offset, limit=PAGE_LIMIT))
            robots = page.data or []
            yield from robots
            offset += len(robots)
            if len(robots) < PAGE_LIMIT:
                break

    @sdk_retry
    def update_robot(self, robot_id: str, name: str) -> None:
        body = UpdateRobotReq(name=name, third_party_model_config=self._model_config())
        self._client.update_robot(UpdateRobotRequest(robot_id=robot_id, body=body))

    @retry(stop=stop_after_attempt(4), retry=retry_if_exception_type(exceptions.ClientRequestException), reraise=True)
    def delete_robots(self, robot_ids: Iterable[str]) -> None:
        self._client.delete_robot(DeleteRobotRequest(body=list(robot_ids)))  # expect: MST104

    def list_active_codes(self, robot_id: str) -> List:
        resp = self._client.list_active_code(ListActiveCodeRequest(robot_id=robot_id, limit=PAGE_LIMIT))
        return resp.data or []

    @sleep_and_retry
    @limits(calls=RESETS_PER_SECOND, period=1)
    def reset_active_code(self, active_code_id: str):
        logger.info("resetting activation code %s", active_code_id)
        req = ResetActiveCodeRequest(active_code_id=active_code_id, body=ResetActiveCodeReq(clean_auth_credential=True))
        return self._client.reset_active_code(req)
