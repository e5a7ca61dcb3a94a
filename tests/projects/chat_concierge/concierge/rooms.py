"""Smart chat rooms; tests inject a fake client, production builds one."""
from huaweicloudsdkmetastudio.v1 import CreateSmartChatRoomRequest, ListSmartChatRoomsRequest

from concierge.clients import build_chat_client


class ChatRoomService:
    def __init__(self, client=None):
        self.client = client or build_chat_client()

    def open_room(self, body):
        return self.client.create_smart_chat_room(CreateSmartChatRoomRequest(body=body))  # expect: MST201

    def rooms(self, offset=0):
        return self.client.list_smart_chat_rooms(ListSmartChatRoomsRequest(offset=offset, limit=50))
