"""Remove stale questions and audit the ones that remain."""
import time
from concurrent.futures import ThreadPoolExecutor

from . import settings
from .jobs import chunked
from .services import studio


def purge_one_by_one(stale):
    for qid in stale: studio.delete_questions([qid])  # expect: MST101 ~10/s


def purge_grouped(stale):
    for group in chunked(stale, 100):
        studio.delete_questions(group)
        time.sleep(settings.DELETE_PAUSE)


def audit(question_ids):
    with ThreadPoolExecutor(max_workers=settings.WORKERS) as ex:
        return list(ex.map(lambda q: studio.question(q), question_ids))  # expect: MST102 ~40/s
