"""Sequential knowledge-base imports and maintenance."""
import time

from huaweicloudsdkcore.exceptions import exceptions

from . import config
from .backoff import Backoff
from .knowledge import KnowledgeRepo

repo = KnowledgeRepo()
GREETING_LANGS = ("zh_CN", "en_US", "th_TH")


def import_questions(rows):
    for row in rows:
        repo.add_question(row["intent_id"], row["question"])  # expect: MST101 ~10/s


def rename_skill(skill_id, name):
    backoff = Backoff(base=0.5)
    for attempt in range(config.RETRIES):
        try:
            return repo.rename_skill(skill_id, name)
        except exceptions.ClientRequestException:
            time.sleep(backoff.next())
    raise RuntimeError(skill_id)


def purge_intents(intent_ids):
    for attempt in range(config.RETRIES):
        try:
            return repo.delete_intents(intent_ids)  # expect: MST104
        except exceptions.ClientRequestException as err:
            if err.status_code == 429 or err.error_code == "APIGW.0308":
                continue
            raise


def wait_for_skill(name):
    while True:
        resp = repo.skills()  # expect: MST103
        if any(s.name == name for s in resp.data or []):
            return resp


def greet_all(robot_id, text):
    return [repo.greet(robot_id, lang, text) for lang in GREETING_LANGS]
