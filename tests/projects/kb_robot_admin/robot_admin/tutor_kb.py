"""Knowledge base of the language-tutor avatar."""
import os

from huaweicloudsdkmetastudio.v1 import (
    CreateKnowledgeQuestionReq,
    CreateKnowledgeQuestionRequest,
    CreateRobotReq,
    CreateRobotRequest,
    IflytekSpark,
    ListKnowledgeSkillRequest,
    MetaStudioClient,
)

from .clients import get_client
from .config import TUTOR_APP_TYPE
from .guards import kb_write_limited


class TutorKnowledge:
    def __init__(self, client: MetaStudioClient):
        self._client = client

    def provision(self, name: str = "tutor") -> str:
        spark = IflytekSpark(
            app_id=os.environ["SPARK_APP_ID"],
            app_key=os.environ["SPARK_APP_KEY"],
            api_secret=os.environ["SPARK_API_SECRET"],
        )
        body = CreateRobotReq(name=name, app_type=TUTOR_APP_TYPE, iflytek_spark=spark)
        return self._client.create_robot(CreateRobotRequest(body=body)).robot_id

    def skills(self, offset: int = 0, limit: int = 50):
        return self._client.list_knowledge_skill(ListKnowledgeSkillRequest(offset=offset, limit=limit))

    @kb_write_limited
    def add_question(self, intent_id: str, question: str) -> str:
        body = CreateKnowledgeQuestionReq(question=question, intent_id=intent_id)
        return self._client.create_knowledge_question(CreateKnowledgeQuestionRequest(body=body)).question_id


def get_tutor() -> TutorKnowledge:
    return TutorKnowledge(get_client())
