"""Greetings the desk avatars say when a caller joins."""
from huaweicloudsdkmetastudio.v1 import CreateWelcomeSpeechReq, CreateWelcomeSpeechRequest

from hotline.clients import primary_client

BILLING_GREETINGS = (
    "您好，这里是账单服务台，请问有什么可以帮您？",
    "Hello, this is the billing desk. How can I help you today?",
)


class GreetingBook:
    """The welcome speeches of one application."""

    def __init__(self, robot_id):
        self.robot_id = robot_id
        self.client = primary_client()

    def add(self, text, language="CN"):
        body = CreateWelcomeSpeechReq(robot_id=self.robot_id, welcome_speech=text, language=language)
        return self.client.create_welcome_speech(CreateWelcomeSpeechRequest(body=body)).welcome_speech_id


def greet_billing_callers(robot_id):
    book = GreetingBook(robot_id)
    return [book.add(text) for text in BILLING_GREETINGS]
