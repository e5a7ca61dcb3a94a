# flake8-options: --metastudio-model-provider=spark
"""Sync FAQ questions from the support wiki into the assistant's knowledge base.

The team wrote its own retry decorators instead of pulling in tenacity.
"""
import functools
import json
import logging
import os
import random
import sys
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException, ServerResponseException
from huaweicloudsdkmetastudio.v1 import (
    CreateKnowledgeQuestionReq,
    CreateKnowledgeQuestionRequest,
    ExportKnowledgeSkillRequest,
    MetaStudioClient,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

log = logging.getLogger("kb-sync")


def retry_on_throttle(max_attempts=5):
    """Retry when the gateway says APIGW.0308 - immediately, 'the next one usually works'."""
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(max_attempts):
                try:
                    return fn(*args, **kwargs)  # expect: MST104
                except ClientRequestException as err:
                    if err.error_code != "APIGW.0308":
                        raise
                    log.info("throttled, attempt %d", attempt + 1)
            raise RuntimeError("still throttled after %d attempts" % max_attempts)
        return wrapper
    return decorate


def retry_with_backoff(max_attempts=4, base=0.5):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(max_attempts):
                try:
                    return fn(*args, **kwargs)
                except (ClientRequestException, ServerResponseException):
                    time.sleep(base * 2 ** attempt + random.random() / 10)
            raise RuntimeError("gave up")
        return wrapper
    return decorate


@retry_on_throttle()
def add_question(client, intent_id, text):
    body = CreateKnowledgeQuestionReq(question=text, intent_id=intent_id)
    return client.create_knowledge_question(CreateKnowledgeQuestionRequest(body=body))


@retry_with_backoff()
def export_skill(client, skill_id):
    return client.export_knowledge_skill(ExportKnowledgeSkillRequest(skill_id=skill_id, export_type="JSON"))


def main(path):
    client = (
        MetaStudioClient.new_builder()
        .with_credentials(BasicCredentials(os.environ["HW_AK"], os.environ["HW_SK"], os.environ["HW_PROJECT"]))
        .with_region(MetaStudioRegion.CN_NORTH_4)
        .build()
    )
    with open(path, encoding="utf-8") as fh:
        wiki = json.load(fh)
    for intent_id, questions in wiki["intents"].items():
        for text in questions:
            # one question per iteration, no delay: 10/s > 4/s (create_knowledge_question)
            add_question(client, intent_id, text)  # expect: MST101 ~10/s @13
    for skill_id in wiki["skills"]:
        # the backoff sleep only runs after a failure; a successful export loops at once: 10/s > 1/s
        export_skill(client, skill_id)  # expect: MST101 ~10/s @9


if __name__ == "__main__":
    main(sys.argv[1])
