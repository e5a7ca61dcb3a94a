"""Intelligent-interaction applications ("robots") behind the studio's avatars."""
from __future__ import annotations

from dataclasses import dataclass

from huaweicloudsdkmetastudio.v1 import (
    CreateRobotReq,
    CreateRobotRequest,
    ListRobotRequest,
    ThirdPartyModelConfig,
    UpdateRobotReq,
    UpdateRobotRequest,
)

from .client import BaseService

# app_type of an application that answers from our own language model gateway.
THIRD_PARTY_LLM = 6


@dataclass(frozen=True)
class LlmEndpoint:
    app_id: str
    app_key: str
    llm_url: str


class ChatService(BaseService):
    def create_assistant(self, name: str, llm: LlmEndpoint, language: str = "zh_CN") -> str:
        body = CreateRobotReq(
            name=name,
            app_type=THIRD_PARTY_LLM,
            language=language,
            third_party_model_config=ThirdPartyModelConfig(app_id=llm.app_id, app_key=llm.app_key, llm_url=llm.llm_url),
        )
        return self.client.create_robot(CreateRobotRequest(body=body)).robot_id

    def robot_ids(self) -> list[str]:
        resp = self.client.list_robot(ListRobotRequest(limit=100))
        return [robot.robot_id for robot in resp.data or []]

    def set_concurrency(self, robot_id: str, concurrency: int) -> None:
        body = UpdateRobotReq(concurrency=concurrency)
        self.client.update_robot(UpdateRobotRequest(robot_id=robot_id, body=body))
