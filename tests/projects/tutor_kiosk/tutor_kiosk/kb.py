"""Course FAQ knowledge base of the tutor application."""
from typing import List

from huaweicloudsdkmetastudio.v1 import (
    CreateIntentAndQuestionReq,
    CreateIntentAndQuestionRequest,
    CreateKnowledgeSkillReq,
    CreateKnowledgeSkillRequest,
    KnowledgeQuestionCreateInfo,
    MetaStudioClient,
)


class KnowledgeBase:
    def __init__(self, client: MetaStudioClient):
        self._client = client

    def add_skill(self, name: str, identify: str) -> str:
        body = CreateKnowledgeSkillReq(name=name, identify=identify)
        return self._client.create_knowledge_skill(CreateKnowledgeSkillRequest(body=body)).skill_id  # expect: MST301

    def add_faq(self, skill_id: str, title: str, answer: str, questions: List[str]) -> str:
        body = CreateIntentAndQuestionReq(
            name=title,
            answer=answer,
            skill_id=skill_id,
            question_list=[KnowledgeQuestionCreateInfo(question=q) for q in questions],
        )
        return self._client.create_intent_and_question(CreateIntentAndQuestionRequest(body=body)).intent_id  # expect: MST301
