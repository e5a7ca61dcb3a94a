"""Knowledge base of the customer help-desk avatar."""
import os

from huaweicloudsdkmetastudio.v1 import (
    CreateKnowledgeIntentReq,
    CreateKnowledgeIntentRequest,
    CreateKnowledgeSkillReq,
    CreateKnowledgeSkillRequest,
    CreateRobotReq,
    CreateRobotRequest,
    HuaweiEiCbs,
    MetaStudioClient,
)

from .clients import get_client
from .config import HELPDESK_APP_TYPE


class HelpdeskKnowledge:
    """The help-desk application and the skills/intents the support team curates for it."""

    def __init__(self, client: MetaStudioClient):
        self._client = client

    def provision(self, name: str = "helpdesk") -> str:
        cbs = HuaweiEiCbs(app_id=os.environ["CBS_APP_ID"], cbs_project_id=os.environ["CBS_PROJECT_ID"])
        body = CreateRobotReq(name=name, app_type=HELPDESK_APP_TYPE, huawei_ei_cbs=cbs)
        return self._client.create_robot(CreateRobotRequest(body=body)).robot_id

    def add_skill(self, name: str, identify: str) -> str:
        request = CreateKnowledgeSkillRequest(body=CreateKnowledgeSkillReq(name=name, identify=identify))
        return self._client.create_knowledge_skill(request).skill_id  # expect: MST301

    def add_intent(self, skill_id: str, name: str, answer: str) -> str:
        body = CreateKnowledgeIntentReq(name=name, answer=answer, skill_id=skill_id)
        return self._client.create_knowledge_intent(CreateKnowledgeIntentRequest(body=body)).intent_id  # expect: MST301


def get_helpdesk() -> HelpdeskKnowledge:
    return HelpdeskKnowledge(get_client())
