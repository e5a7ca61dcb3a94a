"""The dialog rooms of one tenant, shared by the services."""
from huaweicloudsdkcore.region.region import Region
from huaweicloudsdkmetastudio.v1 import CreateSmartChatRoomReq, CreateSmartChatRoomRequest, MetaStudioClient


def client_for(region_id):
    region = Region(region_id, "https://metastudio.%s.myhuaweicloud.com" % region_id)
    return MetaStudioClient.new_builder().with_region(region).build()


class ChatRooms:
    def __init__(self, client):
        self.client = client

    def open(self, name):
        body = CreateSmartChatRoomReq(room_name=name)
        return self.client.create_smart_chat_room(CreateSmartChatRoomRequest(body=body))  # expect: MST201
