"""Provision the bank-branch teller avatar and load its Q&A.

The teller's dialogue engine is Huawei Cloud CBS (app_type 1). The knowledge-base skill, intent
and question APIs only work for iFLYTEK AIUI / Spark applications, so the seeding part below
fails at run time; greetings and FAQs are fine for any provider.
"""
import csv
import os
import sys
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    CreateKnowledgeIntentReq,
    CreateKnowledgeIntentRequest,
    CreateKnowledgeQuestionReq,
    CreateKnowledgeQuestionRequest,
    CreateRobotReq,
    CreateRobotRequest,
    CreateWelcomeSpeechReq,
    CreateWelcomeSpeechRequest,
    HuaweiEiCbs,
    ListKnowledgeSkillRequest,
    MetaStudioClient,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

APP_TYPE_CBS = 1
INTENT_PAUSE = 0.5

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["HW_AK"], os.environ["HW_SK"], os.environ["HW_PROJECT"]))
    .with_region(MetaStudioRegion.CN_NORTH_4)
    .build()
)


def provision(room_id):
    cbs = HuaweiEiCbs(app_id=os.environ["CBS_APP_ID"], region="cn-north-4", cbs_project_id=os.environ["CBS_PROJECT"])
    body = CreateRobotReq(name="branch-teller", app_type=APP_TYPE_CBS, room_id=room_id, huawei_ei_cbs=cbs)
    robot_id = client.create_robot(CreateRobotRequest(body=body)).robot_id
    client.create_welcome_speech(
        CreateWelcomeSpeechRequest(body=CreateWelcomeSpeechReq(robot_id=robot_id, welcome_speech="您好，请问办理什么业务？"))
    )
    return robot_id


def seed_qa(rows):
    # knowledge base on a CBS application: not supported
    skills = client.list_knowledge_skill(ListKnowledgeSkillRequest(limit=100))  # expect: MST301
    skill_id = skills.data[0].skill_id
    by_intent = {}
    for row in rows:
        by_intent.setdefault(row["intent"], []).append(row)
    for name, entries in by_intent.items():
        # 1 / 0.6 s = 1.7/s <= 4/s: only the provider problem here
        intent = client.create_knowledge_intent(  # expect: MST301
            CreateKnowledgeIntentRequest(body=CreateKnowledgeIntentReq(name=name, answer=entries[0]["answer"], skill_id=skill_id))
        )
        time.sleep(INTENT_PAUSE)
        for entry in entries:
            # no delay in the inner loop: 10/s > 4/s (create_knowledge_question), and CBS again
            client.create_knowledge_question(  # expect: MST101 ~10/s @13, MST301
                CreateKnowledgeQuestionRequest(body=CreateKnowledgeQuestionReq(question=entry["question"], intent_id=intent.intent_id))
            )


if __name__ == "__main__":
    teller = provision(os.environ["ROOM_ID"])
    with open(sys.argv[1], newline="", encoding="utf-8") as fh:
        seed_qa(list(csv.DictReader(fh)))
    print("teller", teller, "ready")
