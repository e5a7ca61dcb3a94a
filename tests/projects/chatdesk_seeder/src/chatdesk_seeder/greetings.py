"""Greetings (welcome speeches) and the greeting switch of an application."""
import logging
import time

from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException
from huaweicloudsdkmetastudio.v1 import (
    CreateWelcomeSpeechReq,
    CreateWelcomeSpeechRequest,
    UpdateWelcomeSpeechSwitchReq,
    UpdateWelcomeSpeechSwitchRequest,
)

from .clients import CLIENTS
from .settings import CONFIG

log = logging.getLogger(__name__)
LANGUAGES = ("zh_CN", "en_US")


class GreetingJob:
    """Publishes one greeting per call, then pauses; a loop over the robots drives it."""

    def __init__(self, region: str):
        self.client = CLIENTS[region]
        self.pause_s = CONFIG["greeting_pause_s"]

    def __call__(self, robot_id: str, text: str):
        body = CreateWelcomeSpeechReq(robot_id=robot_id, welcome_speech=text, language=CONFIG["language"])
        resp = self.client.create_welcome_speech(CreateWelcomeSpeechRequest(body=body))
        time.sleep(self.pause_s)
        return resp


def switch_on_all_languages(region: str, robot_id: str):
    client = CLIENTS[region]
    for language in LANGUAGES:
        body = UpdateWelcomeSpeechSwitchReq(robot_id=robot_id, enable_welcome_speech=True, language=language)
        client.update_welcome_speech_switch(UpdateWelcomeSpeechSwitchRequest(body=body))


def switch_greeting(region: str, robot_id: str, enabled: bool):
    client = CLIENTS[region]
    req = UpdateWelcomeSpeechSwitchRequest(
        body=UpdateWelcomeSpeechSwitchReq(robot_id=robot_id, enable_welcome_speech=enabled))
    while True:
        try:
            return client.update_welcome_speech_switch(req)  # expect: MST104
        except ClientRequestException as exc:
            if exc.error_code != "APIGW.0308":
                raise
            log.warning("greeting switch throttled for %s, retrying", robot_id)
