# flake8-options: --metastudio-model-provider=spark
"""Provision a tenant's help-desk app and its first knowledge skill.

The team default (setup.cfg) says Spark, but this script explicitly creates a CBS application:
what the code says wins.
"""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    CreateKnowledgeIntentReq,
    CreateKnowledgeIntentRequest,
    CreateKnowledgeSkillReq,
    CreateKnowledgeSkillRequest,
    CreateRobotRequest,
    MetaStudioClient,
    ValidateRobotReq,
    ValidateRobotRequest,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

APP_TYPE_AIUI = 0
APP_TYPE_CBS = 1
APP_TYPE_SPARK = 2

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
    .with_region(MetaStudioRegion.value_of("cn-north-4"))
    .build()
)


def cbs_settings() -> dict:
    return {"app_id": os.environ["CBS_APP_ID"], "cbs_project_id": os.environ["CBS_PROJECT_ID"]}


def provision_app(name: str) -> str:
    client.validate_robot(ValidateRobotRequest(body=ValidateRobotReq(app_type=APP_TYPE_CBS)))
    resp = client.create_robot(CreateRobotRequest(body={
        "name": name,
        "app_type": APP_TYPE_CBS,
        "huawei_ei_cbs": cbs_settings(),
    }))
    return resp.robot_id


def first_skill() -> str:
    skill = client.create_knowledge_skill(  # expect: MST301
        CreateKnowledgeSkillRequest(body=CreateKnowledgeSkillReq(name="Orders", identify="orders"))
    )
    client.create_knowledge_intent(CreateKnowledgeIntentRequest(  # expect: MST301
        body=CreateKnowledgeIntentReq(name="Where is my order", answer="Check the Orders page.", skill_id=skill.skill_id)
    ))
    return skill.skill_id


if __name__ == "__main__":
    print(provision_app(os.environ.get("APP_NAME", "help-desk")), first_skill())
