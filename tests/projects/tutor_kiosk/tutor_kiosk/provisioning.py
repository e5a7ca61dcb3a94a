"""One-off provisioning of the tutor application and its course FAQ skill.

    python -m tutor_kiosk.provisioning "Campus tutor"
"""
import sys

from huaweicloudsdkmetastudio.v1 import CreateRobotReq, CreateRobotRequest, ThirdPartyModelConfig

from tutor_kiosk import config
from tutor_kiosk.deps import get_client
from tutor_kiosk.kb import KnowledgeBase

THIRD_PARTY_LLM = 6  # app_type of an application driven by our own language model


def create_tutor_app(name: str) -> str:
    llm = ThirdPartyModelConfig(
        app_id=config.LLM_APP_ID,
        app_key=config.LLM_APP_KEY,
        llm_url=config.LLM_URL,
        is_stream=True,
        chat_rounds=6,
    )
    body = CreateRobotReq(name=name, app_type=THIRD_PARTY_LLM, third_party_model_config=llm)
    return get_client().create_robot(CreateRobotRequest(body=body)).robot_id


def bootstrap(name: str) -> dict:
    robot_id = create_tutor_app(name)
    skill_id = KnowledgeBase(get_client()).add_skill("Course FAQ", "course_faq")
    return {"robot_id": robot_id, "skill_id": skill_id}


if __name__ == "__main__":
    print(bootstrap(sys.argv[1]))
