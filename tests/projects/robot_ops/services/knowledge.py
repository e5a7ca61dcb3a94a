"""Knowledge-base questions and frequently asked (hot) questions of a robot."""
from __future__ import annotations

import logging

from huaweicloudsdkmetastudio.v1 import (
    CreateHotQuestionReq,
    CreateHotQuestionRequest,
    CreateKnowledgeQuestionReq,
    CreateKnowledgeQuestionRequest,
)

from services.client import client

log = logging.getLogger(__name__)


class KnowledgeService:
    def add_question(self, intent_id: str, question: str) -> str:
        """Add one phrasing to an intent of the knowledge base."""
        body = CreateKnowledgeQuestionReq(intent_id=intent_id, question=question)
        return client.create_knowledge_question(CreateKnowledgeQuestionRequest(body=body)).question_id  # expect: MST301

    def add_hot_question(self, robot_id: str, question: str, answer: str) -> str:
        body = CreateHotQuestionReq(robot_id=robot_id, question=question, answer=answer)
        resp = client.create_hot_question(CreateHotQuestionRequest(body=body))
        log.debug("hot question %s for robot %s", resp.hot_question_id, robot_id)
        return resp.hot_question_id


knowledge = KnowledgeService()
