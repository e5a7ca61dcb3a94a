"""Switch the hotel concierge from iFLYTEK to our own LLM gateway, then prune the old
knowledge-base questions that marketing flagged as outdated."""
import json
import os
import sys

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    DeleteKnowledgeQuestionRequest,
    KnowledgeQuestionUpdateInfo,
    ListKnowledgeQuestionRequest,
    MetaStudioClient,
    UpdateBatchKnowledgeQuestionReq,
    UpdateBatchKnowledgeQuestionRequest,
    UpdateRobotRequest,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

LLM_GATEWAY = "https://llm-gw.hotel.example/v1/chat"

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["HW_AK"], os.environ["HW_SK"], os.environ["HW_PROJECT"]))
    .with_region(MetaStudioRegion.CN_EAST_3)
    .build()
)


def switch_to_llm(robot_id):
    body = {
        "name": "concierge",
        "app_type": 6,
        "third_party_model_config": {"app_id": "concierge", "llm_url": LLM_GATEWAY, "is_stream": True},
    }
    return client.update_robot(UpdateRobotRequest(robot_id=robot_id, body=body))


def outdated_questions(intent_id, banned_words):
    offset, hits = 0, []
    while True:
        # knowledge-base question listing on a third-party LLM application
        page = client.list_knowledge_question(  # expect: MST301
            ListKnowledgeQuestionRequest(intent_id=intent_id, offset=offset, limit=100)
        )
        for q in page.data or []:
            if any(w in q.question for w in banned_words):
                hits.append(q)
        if len(page.data or []) < 100:
            return hits
        offset += 100


def prune(intent_ids, banned_words, rewrites):
    for intent_id in intent_ids:
        stale = outdated_questions(intent_id, banned_words)
        ids = [q.question_id for q in stale if q.question_id not in rewrites]
        for start in range(0, len(ids), 50):
            # no delay between chunks: 10/s > 3/s (delete_knowledge_question, cn-east-3); LLM provider
            client.delete_knowledge_question(DeleteKnowledgeQuestionRequest(body=ids[start:start + 50]))  # expect: MST101 ~10/s @13, MST301
        fixes = [KnowledgeQuestionUpdateInfo(question_id=q.question_id, question=rewrites[q.question_id])
                 for q in stale if q.question_id in rewrites]
        if fixes:
            # once per intent, but intents follow each other with no delay: > 1/s; LLM provider
            client.update_batch_knowledge_question(  # expect: MST101 @13, MST301
                UpdateBatchKnowledgeQuestionRequest(body=UpdateBatchKnowledgeQuestionReq(question_list=fixes))
            )


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as fh:
        plan = json.load(fh)
    switch_to_llm(plan["robot_id"])
    prune(plan["intent_ids"], plan["banned_words"], plan["rewrites"])
