"""Front-desk concierge: a Huawei Cloud CBS question-answering robot, with routing skills for the desk."""
import logging
import os

from huaweicloudsdkmetastudio.v1 import (CreateKnowledgeSkillReq, CreateKnowledgeSkillRequest, CreateRobotReq,
                                         HuaweiEiCbs)

from .apps import APPS
from .clients import client_for
from .services import RobotAdmin
from .settings import PRIMARY_REGION

log = logging.getLogger(__name__)

APP_TYPE_CBS = 1
ROUTING_SKILLS = (("Check-in", "checkin"), ("Luggage", "luggage"), ("Taxi", "taxi"))


def set_up():
    client = client_for(PRIMARY_REGION)
    app = APPS["concierge"]
    cbs = HuaweiEiCbs(app_id=os.environ["CBS_APP_ID"], region=PRIMARY_REGION,
                      cbs_project_id=os.environ["CBS_PROJECT_ID"])
    body = CreateRobotReq(name=app.name, app_type=APP_TYPE_CBS, language=app.language, huawei_ei_cbs=cbs)
    robot_id = RobotAdmin(client).create_app(body)
    skill_ids = []
    for name, identify in ROUTING_SKILLS:
        req = CreateKnowledgeSkillRequest(body=CreateKnowledgeSkillReq(name=name, identify=identify))
        skill_ids.append(client.create_knowledge_skill(req).skill_id)  # expect: MST301
    log.info("concierge %s ready with %d routing skills", robot_id, len(skill_ids))
    return robot_id, skill_ids


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(set_up())
