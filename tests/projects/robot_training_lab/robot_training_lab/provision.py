"""Create the lab's applications on MetaStudio (iFLYTEK AIUI / Spark and third-party LLM robots).

The CBS concierge needs more setup and has its own script (concierge.py).
"""
import json
import logging
import os
import time

from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException
from huaweicloudsdkmetastudio.v1 import CreateRobotReq, IflytekAiuiConfig, IflytekSpark, ThirdPartyModelConfig
from tenacity import Retrying, retry_if_exception_type, stop_after_attempt, wait_exponential

from .apps import APPS, RobotApp
from .clients import client_for
from .services import RobotAdmin
from .settings import PRIMARY_REGION, PROVISION_GAP_S

log = logging.getLogger(__name__)

APP_TYPE_AIUI = 0
APP_TYPE_SPARK = 2
APP_TYPE_THIRD_PARTY_LLM = 6


def aiui_body(app: RobotApp) -> CreateRobotReq:
    aiui = IflytekAiuiConfig(app_id=os.environ["AIUI_APP_ID"], app_key=os.environ["AIUI_APP_KEY"],
                             api_secret=os.environ["AIUI_API_SECRET"], is_production=True)
    return CreateRobotReq(name=app.name, app_type=APP_TYPE_AIUI, language=app.language, iflytek_aiui_config=aiui)


def spark_body(app: RobotApp) -> CreateRobotReq:
    spark = IflytekSpark(app_id=os.environ["SPARK_APP_ID"], app_key=os.environ["SPARK_APP_KEY"],
                         api_secret=os.environ["SPARK_API_SECRET"], is_production=True)
    return CreateRobotReq(name=app.name, app_type=APP_TYPE_SPARK, language=app.language, iflytek_spark=spark)


def llm_body(app: RobotApp) -> CreateRobotReq:
    llm = ThirdPartyModelConfig(app_id=os.environ["LLM_APP_ID"], app_key=os.environ["LLM_APP_KEY"],
                                llm_url=os.environ["LLM_URL"], is_stream=True, chat_rounds=5)
    return CreateRobotReq(name=app.name, app_type=APP_TYPE_THIRD_PARTY_LLM, language=app.language,
                          third_party_model_config=llm)


BODY_BUILDERS = {"aiui": aiui_body, "spark": spark_body, "third-party-llm": llm_body}


def create_app(admin: RobotAdmin, body: CreateRobotReq) -> str:
    for attempt in Retrying(
        wait=wait_exponential(multiplier=1, max=30),
        stop=stop_after_attempt(5),
        retry=retry_if_exception_type(ClientRequestException),
        reraise=True,
    ):
        with attempt:
            robot_id = admin.create_app(body)
    return robot_id


def provision_all(admin: RobotAdmin) -> dict:
    managed = {key: app for key, app in APPS.items() if app.provider in BODY_BUILDERS}
    robot_ids = {}
    for key, app in managed.items():
        robot_ids[key] = create_app(admin, BODY_BUILDERS[app.provider](app))
        log.info("created %s (%s): %s", app.name, app.provider, robot_ids[key])
        time.sleep(PROVISION_GAP_S)
    return robot_ids


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(json.dumps(provision_all(RobotAdmin(client_for(PRIMARY_REGION))), indent=2))
