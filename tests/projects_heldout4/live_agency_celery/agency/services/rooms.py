"""Live room operations used by the tasks."""
from huaweicloudsdkmetastudio.v1 import (
    CreateSmartLiveRoomReq,
    CreateSmartLiveRoomRequest,
    DeleteSmartLiveRoomRequest,
    UpdateSmartLiveRoomRequest,
    VoiceConfig,
)

from .. import settings
from ..metastudio import build_client


class RoomService:
    def __init__(self, client=None):
        self.client = client or build_client()

    def create_room(self, name, guest=False):
        voice = VoiceConfig(voice_asset_id=settings.GUEST_VOICE if guest else settings.HOST_VOICE, speed=100)
        body = CreateSmartLiveRoomReq(room_name=name, voice_config=voice)
        return self.client.create_smart_live_room(CreateSmartLiveRoomRequest(body=body))

    def rename_room(self, room_id, name):
        body = CreateSmartLiveRoomReq(room_name=name)
        return self.client.update_smart_live_room(UpdateSmartLiveRoomRequest(room_id=room_id, body=body))

    def delete_room(self, room_id):
        return self.client.delete_smart_live_room(DeleteSmartLiveRoomRequest(room_id=room_id))
