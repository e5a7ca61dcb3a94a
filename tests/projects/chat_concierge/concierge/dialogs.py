"""Dialog links and robots for the chat rooms; tests pass a fake client."""
from typing import Optional

from huaweicloudsdkmetastudio.v1 import CreateDialogUrlRequest, CreateRobotRequest, MetaStudioClient

from concierge.clients import build_chat_client


class DialogLinks:
    def __init__(self, client: Optional[MetaStudioClient] = None):
        if client is None:
            client = build_chat_client()
        self.client = client

    def link(self, body):
        return self.client.create_dialog_url(CreateDialogUrlRequest(body=body))  # expect: MST201


class RobotSetup:
    def __init__(self, client: Optional[MetaStudioClient] = None):
        self.client = client if client is not None else build_chat_client()

    def create(self, body):
        return self.client.create_robot(CreateRobotRequest(body=body))  # expect: MST201
