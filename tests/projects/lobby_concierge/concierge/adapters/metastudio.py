"""AvatarBackend implemented with the Huawei Cloud MetaStudio SDK."""
import time
from typing import Any, Iterator

from huaweicloudsdkmetastudio.v1 import (
    CreateHotQuestionReq,
    CreateHotQuestionRequest,
    CreateHotWordsReq,
    CreateHotWordsRequest,
    CreateRobotReq,
    CreateRobotRequest,
    CreateSisHotWords,
    CreateWelcomeSpeechReq,
    CreateWelcomeSpeechRequest,
    DeleteHotQuestionRequest,
    HuaweiEiCbs,
    ListRobotRequest,
    MetaStudioClient,
    UpdateHotQuestionReq,
    UpdateHotQuestionRequest,
)
from ratelimit import limits, sleep_and_retry

from ..core.config import StudioSettings
from ..core.limits import FAQ_CALLS_PER_SECOND

APP_TYPE_HUAWEI_CBS = 1


class MetaStudioBackend:
    """Implements concierge.adapters.base.AvatarBackend."""

    def __init__(self, client: MetaStudioClient, settings: StudioSettings):
        self._client = client
        self._settings = settings

    def create_app(self, name: str, language: str) -> str:
        cbs = HuaweiEiCbs(app_id=self._settings.cbs_app_id, region=self._settings.region,
                          cbs_project_id=self._settings.cbs_project_id)
        body = CreateRobotReq(name=name, app_type=APP_TYPE_HUAWEI_CBS, language=language, huawei_ei_cbs=cbs)
        request = CreateRobotRequest(x_app_user_id=self._settings.app_user_id, body=body)
        return self._client.create_robot(request).robot_id  # expect: MST201

    def iter_apps(self, page_size: int = 50) -> Iterator[Any]:
        offset = 0
        while True:
            resp = self._client.list_robot(ListRobotRequest(offset=offset, limit=page_size))
            robots = resp.data or []
            yield from robots
            offset += len(robots)
            if not robots or offset >= (resp.count or 0):
                break
            time.sleep(0.2)

    @sleep_and_retry
    @limits(calls=FAQ_CALLS_PER_SECOND, period=1)
    def add_faq(self, robot_id: str, question: str, language: str = "en_US") -> str:
        body = CreateHotQuestionReq(robot_id=robot_id, hot_question=question, language=language)
        request = CreateHotQuestionRequest(x_app_user_id=self._settings.app_user_id, body=body)
        return self._client.create_hot_question(request).hot_question_id

    def edit_faq(self, hot_question_id: str, question: str) -> None:
        body = UpdateHotQuestionReq(hot_question=question)
        self._client.update_hot_question(UpdateHotQuestionRequest(hot_question_id=hot_question_id, body=body))

    def remove_faq(self, hot_question_id: str) -> None:
        self._client.delete_hot_question(DeleteHotQuestionRequest(body=[hot_question_id]))

    def set_greeting(self, robot_id: str, text: str, language: str) -> None:
        body = CreateWelcomeSpeechReq(robot_id=robot_id, welcome_speech=text, language=language)
        self._client.create_welcome_speech(CreateWelcomeSpeechRequest(body=body))

    def add_hot_words(self, robot_id: str, vocabulary_id: str, language: str) -> None:
        sis = CreateSisHotWords(vocabulary_id=vocabulary_id, sis_project_id=self._settings.sis_project_id,
                                region=self._settings.region, language=language)
        body = CreateHotWordsReq(hot_words_type="SIS", robot_id=robot_id, sis_hot_words=sis)
        self._client.create_hot_words(CreateHotWordsRequest(body=body))
