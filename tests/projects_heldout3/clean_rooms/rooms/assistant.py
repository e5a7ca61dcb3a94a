"""The Beijing dialog application (iFLYTEK AIUI) and its knowledge skills."""
import time

from huaweicloudsdkmetastudio.v1 import (
    CreateKnowledgeSkillRequest,
    CreateRobotReq,
    CreateRobotRequest,
    IflytekAiuiConfig,
)

from .clients import chat_client
from .settings import APP_TYPE_AIUI


def create_assistant(name, aiui_app_id):
    body = CreateRobotReq(name=name, app_type=APP_TYPE_AIUI, iflytek_aiui_config=IflytekAiuiConfig(app_id=aiui_app_id))
    return chat_client().create_robot(CreateRobotRequest(body=body)).robot_id


def add_skills(skills):
    client = chat_client()
    for skill in skills:
        client.create_knowledge_skill(CreateKnowledgeSkillRequest(body=skill))
        time.sleep(0.3)
