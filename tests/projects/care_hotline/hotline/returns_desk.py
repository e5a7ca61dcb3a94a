"""Returns desk: an application on our own LLM gateway, seeded with the returns FAQ."""
import csv
import os
import time

from huaweicloudsdkmetastudio.v1 import (CreateIntentAndQuestionReq, CreateIntentAndQuestionRequest, CreateRobotReq,
                                         CreateRobotRequest, KnowledgeQuestionCreateInfo, ThirdPartyModelConfig)

from hotline import settings
from hotline.clients import primary_client

SEED_PAUSE_S = 0.25   # 0.1 s call + 0.25 s pause: ~2.9 intents/s, under Shanghai's 3/s

client = primary_client()


def create_application():
    llm = ThirdPartyModelConfig(app_id=os.environ["LLM_APP_ID"], app_key=os.environ["LLM_APP_KEY"],
                                llm_url=settings.RETURNS_LLM_URL, is_stream=True, chat_rounds=6)
    body = CreateRobotReq(name="returns-desk", app_type=settings.RETURNS_DESK_APP_TYPE, language="CN",
                          third_party_model_config=llm)
    return client.create_robot(CreateRobotRequest(body=body)).robot_id


def _questions(cell):
    return [KnowledgeQuestionCreateInfo(question=q.strip()) for q in cell.split("|") if q.strip()]


def seed_faq(skill_id, path):
    """Copy the returns FAQ (intent;answer;q1|q2|...) into the knowledge base."""
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter=";"):
            body = CreateIntentAndQuestionReq(name=row["intent"], answer=row["answer"], skill_id=skill_id,
                                              question_list=_questions(row["questions"]))
            client.create_intent_and_question(CreateIntentAndQuestionRequest(body=body))  # expect: MST301
            time.sleep(SEED_PAUSE_S)
