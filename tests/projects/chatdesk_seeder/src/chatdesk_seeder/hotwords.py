"""Push SIS hot-word vocabularies to an application."""
import time
from concurrent.futures import ThreadPoolExecutor, wait

from huaweicloudsdkmetastudio.v1 import (
    CreateHotWordsReq,
    CreateHotWordsRequest,
    CreateSisHotWords,
    DeleteHotWordsRequest,
    MetaStudioClient,
)
from ratelimit import limits, sleep_and_retry

from .clients import CLIENTS
from .retry import call_with_backoff
from .settings import Target


def _body(robot_id: str, vocabulary_id: str, sis_project_id: str) -> CreateHotWordsReq:
    sis = CreateSisHotWords(vocabulary_id=vocabulary_id, sis_project_id=sis_project_id, language="zh_CN")
    return CreateHotWordsReq(hot_words_type="SIS", robot_id=robot_id, sis_hot_words=sis)


def push_vocabularies(target: Target, robot_id: str, sis_project_id: str, vocabulary_ids):
    client = CLIENTS[target.region]

    def push(vocabulary_id):
        body = _body(robot_id, vocabulary_id, sis_project_id)
        return client.create_hot_words(CreateHotWordsRequest(body=body))

    with ThreadPoolExecutor(max_workers=target.workers) as pool:
        futures = []
        for vocabulary_id in vocabulary_ids:
            futures.append(pool.submit(push, vocabulary_id))  # expect: MST102
        done, _ = wait(futures)
    return [f.result() for f in done]


@sleep_and_retry
@limits(calls=2, period=1)
def push_one(client: MetaStudioClient, robot_id: str, sis_project_id: str, vocabulary_id: str):
    body = _body(robot_id, vocabulary_id, sis_project_id)
    return client.create_hot_words(CreateHotWordsRequest(body=body))


def drop(client: MetaStudioClient, hot_words_ids):
    for hot_words_id in hot_words_ids:
        call_with_backoff(client.delete_hot_words, DeleteHotWordsRequest(hot_words_id=hot_words_id))
        time.sleep(0.5)
