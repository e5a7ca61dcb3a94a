"""The room assistant: an application on the agency's own LLM, plus its FAQ intents."""
import time

from huaweicloudsdkmetastudio.v1 import (
    CreateKnowledgeIntentRequest,
    CreateRobotReq,
    CreateRobotRequest,
    ThirdPartyModelConfig,
)

from ..metastudio import build_client

LLM_APP_TYPE = 6


class AssistantService:
    def __init__(self):
        self.client = build_client()

    def create_app(self, name, llm_url):
        body = CreateRobotReq(name=name, app_type=LLM_APP_TYPE,
                              third_party_model_config=ThirdPartyModelConfig(app_id=name, llm_url=llm_url))
        return self.client.create_robot(CreateRobotRequest(body=body)).robot_id

    def sync_intents(self, intents):
        for intent in intents:
            self.client.create_knowledge_intent(CreateKnowledgeIntentRequest(body=intent))  # expect: MST301
            time.sleep(0.3)
