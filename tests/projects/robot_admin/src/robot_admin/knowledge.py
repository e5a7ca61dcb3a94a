"""Sync the FAQ sheet into the knowledge base: one intent per topic, its questions in batches.

The skill itself is created once in the console; its id is passed in.
"""
import json
import logging
import time
from typing import Iterator, List, Sequence

from huaweicloudsdkmetastudio.v1 import (
    CreateBatchKnowledgeQuestionReq,
    CreateBatchKnowledgeQuestionRequest,
    CreateKnowledgeIntentReq,
    CreateKnowledgeIntentRequest,
    KnowledgeQuestionCreateInfo,
    MetaStudioClient,
)

from .settings import QUESTION_BATCH
from .utils import TokenBucket

logger = logging.getLogger(__name__)

_intent_bucket = TokenBucket(rate=2, capacity=2)  # create_knowledge_intent: 4/s cn-north-4, 3/s elsewhere


def _chunks(items: Sequence[str], size: int) -> Iterator[List[str]]:
    for start in range(0, len(items), size):
        yield list(items[start:start + size])


class KnowledgeSeeder:
    def __init__(self, client: MetaStudioClient, skill_id: str) -> None:
        self._client = client
        self._skill_id = skill_id

    def create_intent(self, topic: str, answer: str) -> str:
        body = CreateKnowledgeIntentReq(name=topic, answer=answer, skill_id=self._skill_id)
        return self._client.create_knowledge_intent(CreateKnowledgeIntentRequest(body=body)).intent_id  # expect: MST301

    def add_questions(self, intent_id: str, questions: Sequence[str]) -> None:
        for chunk in _chunks(questions, QUESTION_BATCH):
            body = CreateBatchKnowledgeQuestionReq(
                intent_id=intent_id,
                question_list=[KnowledgeQuestionCreateInfo(question=q) for q in chunk],
            )
            self._client.create_batch_knowledge_question(CreateBatchKnowledgeQuestionRequest(body=body))  # expect: MST301
            time.sleep(1.0)  # the batch API allows one call per second

    def sync_faq(self, path: str) -> int:
        with open(path, encoding="utf-8") as fh:
            faq = json.load(fh)
        for entry in faq:
            _intent_bucket.acquire()
            intent_id = self.create_intent(entry["topic"], entry["answer"])
            self.add_questions(intent_id, entry.get("questions", []))
            logger.info("intent %s: %s (%d questions)", intent_id, entry["topic"], len(entry.get("questions", [])))
        return len(faq)
