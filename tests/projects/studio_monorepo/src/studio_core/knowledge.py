"""The avatars' FAQ knowledge base (skills and their questions)."""
from __future__ import annotations

from huaweicloudsdkmetastudio.v1 import (
    CreateKnowledgeQuestionRequest,
    KnowledgeQuestionReq,
    ListKnowledgeQuestionRequest,
)

from .client import BaseService


class KnowledgeService(BaseService):
    def questions(self, skill_id: str) -> set[str]:
        """The questions a skill already answers."""
        resp = self.client.list_knowledge_question(ListKnowledgeQuestionRequest(skill_id=skill_id, limit=1000))  # expect: MST301
        return {q.question for q in resp.questions or []}

    def add_question(self, skill_id: str, question: str, answer: str) -> str:
        body = KnowledgeQuestionReq(skill_id=skill_id, question=question, answers=[answer])
        return self.client.create_knowledge_question(CreateKnowledgeQuestionRequest(body=body)).question_id  # expect: MST301
