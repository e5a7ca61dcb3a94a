"""A coordinator typed against an interface (a Protocol, an ABC) and given the MetaStudio
implementation where it is built: its loops call that implementation."""
import abc
import time
from typing import Protocol

from huaweicloudsdkmetastudio.v1 import (
    CreateWelcomeSpeechRequest,
    DeleteHotQuestionRequest,
    MetaStudioClient,
)

client = MetaStudioClient.new_builder().build()


class FaqBackend(Protocol):
    def remove_faq(self, question_id: str) -> None:
        ...


class GreetingBackend(abc.ABC):
    @abc.abstractmethod
    def greet(self, robot_id: str, text: str) -> None:
        ...


class StudioFaqs:
    def __init__(self, ms_client: MetaStudioClient):
        self._client = ms_client

    def remove_faq(self, question_id: str) -> None:
        self._client.delete_hot_question(DeleteHotQuestionRequest(body=[question_id]))


class StudioGreetings(GreetingBackend):
    def __init__(self, ms_client: MetaStudioClient):
        self._client = ms_client

    def greet(self, robot_id: str, text: str) -> None:
        self._client.create_welcome_speech(CreateWelcomeSpeechRequest())


class Coordinator:
    def __init__(self, faqs: FaqBackend, greetings: GreetingBackend):
        self.faqs = faqs
        self.greetings = greetings

    def retire(self, question_ids):
        for qid in question_ids:
            self.faqs.remove_faq(qid)  # expect: MST101 ~10/s @13

    def greet_all(self, robot_ids, text):
        for robot_id in robot_ids:
            self.greetings.greet(robot_id, text)  # expect: MST101 ~10/s @13

    def retire_paced(self, question_ids):
        for qid in question_ids:
            self.faqs.remove_faq(qid)
            time.sleep(0.5)


coordinator = Coordinator(StudioFaqs(client), StudioGreetings(client))
