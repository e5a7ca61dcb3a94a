"""Knowledge-base training for the iFLYTEK-backed robots: skills, FAQ questions, audits.

    python -m robot_training_lab.training seed
    python -m robot_training_lab.training relabel SKILL_ID NAME IDENTIFY
    python -m robot_training_lab.training audit
"""
import itertools
import json
import logging
import sys
import time
from concurrent.futures import ThreadPoolExecutor

from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException
from tenacity import Retrying, retry_if_exception_type, stop_after_attempt

from .apps import APPS, IFLYTEK
from .clients import client_for
from .services import KnowledgeBase
from .settings import BATCH_PAUSE_S, CHUNK_PAUSE_S, PRIMARY_REGION, QUESTION_BATCH, SKILL_CHUNK

log = logging.getLogger(__name__)


def _chunks(items, size):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _identify(app_key, topic):
    return f"{app_key}_{topic}".replace("-", "_")


def seed_skills(kb: KnowledgeBase, app_key, topics):
    created = {}
    for chunk in _chunks(list(topics), SKILL_CHUNK):
        for topic in chunk:
            created[topic] = kb.create_skill(name=f"{app_key}: {topic}", identify=_identify(app_key, topic))  # expect: MST101 ~10/s
        time.sleep(CHUNK_PAUSE_S)  # let the gateway breathe between chunks
    return created


def load_faq(kb: KnowledgeBase, intent_id, questions):
    for batch in itertools.batched(questions, QUESTION_BATCH):
        kb.create_questions(intent_id, batch)
        time.sleep(BATCH_PAUSE_S)


def relabel_skill(kb: KnowledgeBase, skill_id, name, identify):
    for attempt in Retrying(stop=stop_after_attempt(4), retry=retry_if_exception_type(ClientRequestException),
                            reraise=True):
        with attempt:
            kb.rename_skill(skill_id, name, identify)  # expect: MST104
    log.info("skill %s renamed to %s", skill_id, name)


def audit_skills(kb: KnowledgeBase):
    skill_ids = [s.skill_id for s in kb.list_skills()]
    with ThreadPoolExecutor(max_workers=8) as pool:
        details = list(pool.map(kb.skill_detail, skill_ids))  # expect: MST102 ~80/s
    return {d.skill_id: (d.name, d.update_time) for d in details}


def seed_all(kb: KnowledgeBase):
    for key, app in APPS.items():
        if app.provider not in IFLYTEK:
            continue
        seed_skills(kb, key, app.skills)
        if app.faq_file:
            with open(app.faq_file, encoding="utf-8") as fh:
                faq = json.load(fh)
            for intent_id, questions in faq.items():
                load_faq(kb, intent_id, questions)


def main(argv):
    kb = KnowledgeBase(client_for(PRIMARY_REGION))
    if argv[0] == "seed":
        seed_all(kb)
    elif argv[0] == "relabel":
        relabel_skill(kb, argv[1], argv[2], argv[3])
    elif argv[0] == "audit":
        for skill_id, (name, updated) in sorted(audit_skills(kb).items()):
            print(skill_id, name, updated)
    else:
        raise SystemExit(f"unknown command {argv[0]!r}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main(sys.argv[1:])
