"""Interactive-dialog operations, mixed into a client-holding service."""
from huaweicloudsdkmetastudio.v1 import CreateSmartChatRoomRequest


class ChatMixin:
    def open_chat(self, body):
        return self.client.create_smart_chat_room(CreateSmartChatRoomRequest(body=body))  # expect: MST201
