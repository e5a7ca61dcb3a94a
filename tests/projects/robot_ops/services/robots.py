"""Intelligent-interaction applications ("robots")."""
from __future__ import annotations

import logging
from dataclasses import dataclass

from huaweicloudsdkmetastudio.v1 import (
    CreateRobotReq,
    CreateRobotRequest,
    HuaweiEiCbs,
    ListRobotRequest,
    ShowRobotRequest,
)

from services.client import client
from settings import prod as conf

log = logging.getLogger(__name__)

CBS_APP_TYPE = 1  # Huawei Cloud CBS question answering


@dataclass(frozen=True)
class RobotSummary:
    robot_id: str
    name: str
    app_type: int


class RobotService:
    def create_cbs_robot(self, name: str, cbs_app_id: str, cbs_project_id: str) -> str:
        cbs = HuaweiEiCbs(app_id=cbs_app_id, cbs_project_id=cbs_project_id)
        body = CreateRobotReq(name=conf.ROBOT_NAME_PREFIX + name, app_type=CBS_APP_TYPE, huawei_ei_cbs=cbs,
                              language=conf.ROBOT_LANGUAGE)
        resp = client.create_robot(CreateRobotRequest(body=body))  # expect: MST201
        log.info("created robot %s (%s)", resp.robot_id, name)
        return resp.robot_id

    def get(self, robot_id: str) -> RobotSummary:
        robot = client.show_robot(ShowRobotRequest(robot_id=robot_id))
        return RobotSummary(robot_id=robot.robot_id, name=robot.name, app_type=robot.app_type)

    def list_robots(self) -> list[RobotSummary]:
        resp = client.list_robot(ListRobotRequest(limit=100))
        return [RobotSummary(robot_id=r.robot_id, name=r.name, app_type=r.app_type) for r in resp.data or []]


robots = RobotService()
