"""Seed the museum guide's knowledge base. The guide runs on iFLYTEK AIUI, one of the two
providers the knowledge-base APIs support, and every write loop is paced below the limits."""
import json
import os
import sys
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    CreateBatchKnowledgeQuestionReq,
    CreateBatchKnowledgeQuestionRequest,
    CreateHotQuestionReq,
    CreateHotQuestionRequest,
    CreateIntentAndQuestionReq,
    CreateIntentAndQuestionRequest,
    CreateKnowledgeSkillReq,
    CreateKnowledgeSkillRequest,
    CreateRobotReq,
    CreateRobotRequest,
    IflytekAiuiConfig,
    KnowledgeQuestionCreateInfo,
    ListKnowledgeIntentRequest,
    MetaStudioClient,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

APP_TYPE_AIUI = 0
WRITE_PAUSE = 0.3       # 1 / 0.4 s = 2.5/s, under the 4/s of the create calls
BATCH_PAUSE = 1.0       # 1 / 1.1 s = 0.9/s, under the 1/s of the batch call

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["HW_AK"], os.environ["HW_SK"], os.environ["HW_PROJECT"]))
    .with_region(MetaStudioRegion.value_of("cn-north-4"))
    .build()
)


def create_guide(room_id):
    body = CreateRobotReq(
        name="museum-guide",
        app_type=APP_TYPE_AIUI,
        room_id=room_id,
        iflytek_aiui_config=IflytekAiuiConfig(app_id=os.environ["AIUI_APP_ID"], app_key=os.environ["AIUI_APP_KEY"]),
    )
    return client.create_robot(CreateRobotRequest(body=body)).robot_id


def intents_of(skill_id):
    offset, out = 0, []
    while True:
        page = client.list_knowledge_intent(ListKnowledgeIntentRequest(skill_id=skill_id, offset=offset, limit=50))
        out.extend(page.data or [])
        if len(page.data or []) < 50:
            return out
        offset += 50


def seed(robot_id, kb):
    for skill in kb["skills"]:
        created = client.create_knowledge_skill(
            CreateKnowledgeSkillRequest(body=CreateKnowledgeSkillReq(name=skill["name"], identify=skill["identify"]))
        )
        time.sleep(WRITE_PAUSE)
        for intent in skill["intents"]:
            body = CreateIntentAndQuestionReq(
                name=intent["name"],
                answer=intent["answer"],
                skill_id=created.skill_id,
                question_list=[KnowledgeQuestionCreateInfo(question=q) for q in intent["questions"][:5]],
            )
            client.create_intent_and_question(CreateIntentAndQuestionRequest(body=body))
            time.sleep(WRITE_PAUSE)
        for intent in intents_of(created.skill_id):
            extra = kb["extra_questions"].get(intent.name, [])
            if not extra:
                continue
            batch = CreateBatchKnowledgeQuestionReq(
                intent_id=intent.intent_id, question_list=[KnowledgeQuestionCreateInfo(question=q) for q in extra]
            )
            client.create_batch_knowledge_question(CreateBatchKnowledgeQuestionRequest(body=batch))
            time.sleep(BATCH_PAUSE)
    for faq in kb["faq"]:
        client.create_hot_question(CreateHotQuestionRequest(body=CreateHotQuestionReq(robot_id=robot_id, hot_question=faq)))
        time.sleep(WRITE_PAUSE)


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as fh:
        knowledge = json.load(fh)
    seed(create_guide(os.environ["ROOM_ID"]), knowledge)
