"""The Singapore deployment: chat rooms on the shared client base."""
from fleet.base import ClientBase
from fleet.chat import ChatMixin


class SingaporeChat(ChatMixin, ClientBase):
    def __init__(self):
        super().__init__("ap-southeast-3")
