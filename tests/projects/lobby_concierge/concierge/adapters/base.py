"""The interface the rollout coordinator needs from an avatar platform."""
from typing import Any, Iterator, Protocol


class AvatarBackend(Protocol):
    def create_app(self, name: str, language: str) -> str:
        ...

    def iter_apps(self) -> Iterator[Any]:
        ...

    def add_faq(self, robot_id: str, question: str, language: str) -> str:
        ...

    def edit_faq(self, hot_question_id: str, question: str) -> None:
        ...

    def remove_faq(self, hot_question_id: str) -> None:
        ...

    def set_greeting(self, robot_id: str, text: str, language: str) -> None:
        ...

    def add_hot_words(self, robot_id: str, vocabulary_id: str, language: str) -> None:
        ...
