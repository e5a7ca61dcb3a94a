"""Keeps the shop assistant's FAQ in step with the product catalogue.

Every product gets a "how much is <name>?" question under the pricing intent.
"""
import logging
import time
from typing import Dict, List

from huaweicloudsdkmetastudio.v1 import (
    CreateKnowledgeQuestionReq,
    CreateKnowledgeQuestionRequest,
    ListKnowledgeIntentRequest,
    MetaStudioClient,
)

from live_commerce import config
from live_commerce.clients import build_client
from live_commerce.repository import default_repository

log = logging.getLogger(__name__)

PRICING_INTENT = "product-pricing"


class KnowledgeBaseSync:
    def __init__(self, client: MetaStudioClient, skill_id: str):
        self.client = client
        self.skill_id = skill_id

    def intents_by_name(self) -> Dict[str, str]:
        resp = self.client.list_knowledge_intent(ListKnowledgeIntentRequest(skill_id=self.skill_id, limit=100))  # expect: MST301
        return {intent.name: intent.intent_id for intent in (resp.data or [])}

    def add_questions(self, intent_id: str, questions: List[str]) -> None:
        for question in questions:
            body = CreateKnowledgeQuestionReq(question=question, intent_id=intent_id)
            self.client.create_knowledge_question(CreateKnowledgeQuestionRequest(body=body))  # expect: MST301
            time.sleep(config.PAUSE_S)


def sync_pricing_questions(skill_id: str) -> int:
    kb = KnowledgeBaseSync(build_client(), skill_id)
    intent_id = kb.intents_by_name().get(PRICING_INTENT)
    if intent_id is None:
        log.warning("skill %s has no %s intent, nothing to sync", skill_id, PRICING_INTENT)
        return 0
    products = default_repository().list_all()
    questions = [f"how much is {p.name}?" for p in products]
    kb.add_questions(intent_id, questions)
    return len(questions)
