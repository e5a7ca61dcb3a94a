"""Set up the customer-service avatar: a CBS-backed application plus its FAQ knowledge base."""
import json
import os
import sys
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    CreateBatchKnowledgeQuestionReq,
    CreateBatchKnowledgeQuestionRequest,
    CreateKnowledgeIntentReq,
    CreateKnowledgeIntentRequest,
    CreateKnowledgeLibraryReq,
    CreateKnowledgeLibraryRequest,
    CreateKnowledgeSkillReq,
    CreateKnowledgeSkillRequest,
    CreateRobotReq,
    CreateRobotRequest,
    CreateWelcomeSpeechReq,
    CreateWelcomeSpeechRequest,
    HuaweiEiCbs,
    KnowledgeQuestionCreateInfo,
    ListKnowledgeSkillRequest,
    MetaStudioClient,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
    .with_region(MetaStudioRegion.CN_NORTH_4)
    .build()
)


def create_app() -> str:
    cbs = HuaweiEiCbs(app_id=os.environ["CBS_APP_ID"], cbs_project_id=os.environ["CBS_PROJECT_ID"])
    # the provider is set here: app_type 1 = Huawei Cloud CBS
    body = CreateRobotReq(name="customer-service", app_type=1, huawei_ei_cbs=cbs)
    robot_id = client.create_robot(CreateRobotRequest(body=body)).robot_id
    client.create_welcome_speech(CreateWelcomeSpeechRequest(
        body=CreateWelcomeSpeechReq(robot_id=robot_id, welcome_speech="Hi, how can I help?")
    ))
    return robot_id


def find_skill(identify: str):
    skills = client.list_knowledge_skill(ListKnowledgeSkillRequest(limit=100)).data or []  # expect: MST301
    return next((s for s in skills if s.identify == identify), None)


def create_skill(name: str, identify: str) -> str:
    resp = client.create_knowledge_skill(CreateKnowledgeSkillRequest(body=CreateKnowledgeSkillReq(name=name, identify=identify)))  # expect: MST301
    return resp.skill_id


def import_faq(skill_id: str, faq: list) -> None:
    for entry in faq:
        body = CreateKnowledgeIntentReq(name=entry["topic"], answer=entry["answer"], skill_id=skill_id)
        # 2 calls + 0.5 s sleep = 0.7 s -> 1.43/s each: intent 1.43 <= 4 (MST301 only)
        intent = client.create_knowledge_intent(CreateKnowledgeIntentRequest(body=body))  # expect: MST301
        questions = [KnowledgeQuestionCreateInfo(question=q) for q in entry["questions"]]
        # batch question creation allows 1/s: 1.43/s > 1/s
        client.create_batch_knowledge_question(CreateBatchKnowledgeQuestionRequest(  # expect: MST101 ~1.43/s @9, MST301
            body=CreateBatchKnowledgeQuestionReq(intent_id=intent.intent_id, question_list=questions)
        ))
        time.sleep(0.5)


def create_document_library() -> None:
    # wise-brain knowledge libraries are not one of the three knowledge-base groups: no finding
    client.create_knowledge_library(CreateKnowledgeLibraryRequest(body=CreateKnowledgeLibraryReq(name="manuals", topk=5)))


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as fh:
        faq = json.load(fh)
    create_app()
    skill = find_skill("after-sales")
    import_faq(skill.skill_id if skill else create_skill("After-sales", "after-sales"), faq)
