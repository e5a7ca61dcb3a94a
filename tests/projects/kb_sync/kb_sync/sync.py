"""Push local edits (answers, intents, batches) to the MetaStudio knowledge base."""
import logging
import time
from concurrent.futures import ThreadPoolExecutor

from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException
from tenacity import Retrying, retry_if_exception_type, stop_after_attempt, wait_exponential

from kb_sync.config import CONFIG
from kb_sync.service import KnowledgeService

log = logging.getLogger(__name__)

# Give the intent index a moment between two creations.
INTENT_PAUSE_S = 0.2

DEFAULT_GREETING = {"question": "你好", "answer": "您好，请问有什么可以帮您？"}
DEFAULT_HANDOFF = {"question": "转人工", "answer": "正在为您转接人工客服。"}


def push_answer(item):
    svc = KnowledgeService()
    for attempt in Retrying(
        wait=wait_exponential(multiplier=1, max=20),
        stop=stop_after_attempt(5),
        retry=retry_if_exception_type(ClientRequestException),
        reraise=True,
    ):
        with attempt:
            return svc.update_question(item["question_id"], item["body"])


def push_answers(items):
    with ThreadPoolExecutor(max_workers=CONFIG.max_workers) as pool:
        results = list(pool.map(push_answer, items))  # expect: MST102 ~60.0/s
    log.info("pushed %d answers", len(results))
    return results


def import_intents(intents):
    svc = KnowledgeService()
    created = []
    for intent in intents:
        resp = svc.create_intent(intent)  # expect: MST101 ~3.3/s
        created.append(resp.intent_id)
        time.sleep(INTENT_PAUSE_S)
    return created


def publish_batch(body):
    svc = KnowledgeService()
    while True:
        try:
            svc.batch_update(body)  # expect: MST104
            break
        except ClientRequestException as exc:
            log.warning("batch update rejected (%s), retrying", exc.error_code)
            continue


def audit(question_ids):
    svc = KnowledgeService()
    return [svc.show_question(qid) for qid in question_ids]


def seed_defaults():
    svc = KnowledgeService()
    for body in (DEFAULT_GREETING, DEFAULT_HANDOFF):
        svc.create_question(body)
