# flake8-options: --metastudio-model-provider=cbs
"""Weekly knowledge-base hygiene for the help-desk avatar.

The application itself is managed in Terraform (CBS backend), so its provider is only known
through --metastudio-model-provider.
"""
import logging
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    CreateHotQuestionReq,
    CreateHotQuestionRequest,
    DeleteKnowledgeQuestionRequest,
    ListKnowledgeQuestionRequest,
    MetaStudioClient,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

log = logging.getLogger("kb_hygiene")

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
    .with_region(MetaStudioRegion.CN_NORTH_4)
    .build()
)


def questions(intent_id: str) -> list:
    return client.list_knowledge_question(ListKnowledgeQuestionRequest(intent_id=intent_id, limit=100)).data or []  # expect: MST301


def remove_duplicates(intent_id: str) -> int:
    seen, dupes = set(), []
    for q in questions(intent_id):
        key = " ".join(q.question.lower().split())
        if key in seen:
            dupes.append(q.question_id)
        seen.add(key)
    for question_id in dupes:
        # one delete per question, no delay: 10/s > 4/s, and a knowledge-base API on CBS
        client.delete_knowledge_question(DeleteKnowledgeQuestionRequest(body=[question_id]))  # expect: MST101 ~10/s @9, MST301
    return len(dupes)


def pin_hot_question(robot_id: str, text: str) -> None:
    # "hot questions" (FAQ management) are not a knowledge-base group: no finding
    client.create_hot_question(CreateHotQuestionRequest(body=CreateHotQuestionReq(robot_id=robot_id, hot_question=text)))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    intent = os.environ["INTENT_ID"]
    log.info("%s: removed %d duplicates", intent, remove_duplicates(intent))
