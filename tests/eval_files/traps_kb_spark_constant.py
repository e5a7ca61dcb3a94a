# flake8-options: --metastudio-model-provider=cbs
"""Spark-backed museum guide: application in one function, knowledge base in others.

The option above is the team-wide default (CBS); this module creates a Spark app, which wins.
Expected: no finding.
"""
import csv
import os
import sys
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    CreateKnowledgeQuestionReq,
    CreateKnowledgeQuestionRequest,
    CreateKnowledgeSkillReq,
    CreateKnowledgeSkillRequest,
    CreateRobotReq,
    CreateRobotRequest,
    IflytekSpark,
    MetaStudioClient,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

APP_TYPE_SPARK = 2  # iFLYTEK Spark cognitive model
QUESTION_PAUSE_S = 0.25

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
    .with_region(MetaStudioRegion.CN_NORTH_4)
    .build()
)


def make_guide_app() -> str:
    spark = IflytekSpark(app_id=os.environ["SPARK_APP_ID"], app_key=os.environ["SPARK_APP_KEY"],
                         api_secret=os.environ["SPARK_API_SECRET"], is_production=True)
    body = CreateRobotReq(name="museum-guide", app_type=APP_TYPE_SPARK, iflytek_spark=spark)
    return client.create_robot(CreateRobotRequest(body=body)).robot_id


def make_skill() -> str:
    req = CreateKnowledgeSkillRequest(body=CreateKnowledgeSkillReq(name="Exhibits", identify="exhibits"))
    return client.create_knowledge_skill(req).skill_id


def load_questions(path: str, intent_id: str) -> int:
    count = 0
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            body = CreateKnowledgeQuestionReq(question=row["question"], intent_id=intent_id)
            # 1 / (0.1 + 0.25) = 2.86/s <= 4/s
            client.create_knowledge_question(CreateKnowledgeQuestionRequest(body=body))
            time.sleep(QUESTION_PAUSE_S)
            count += 1
    return count


if __name__ == "__main__":
    make_guide_app()
    make_skill()
    print(load_questions(sys.argv[1], sys.argv[2]))
