from huaweicloudsdkmetastudio.v1 import (
    CreateSmartLiveRoomReq,
    CreateSmartLiveRoomRequest,
    MetaStudioClient,
    ShowSmartLiveRequest,
    VoiceConfig,
)

from .clients import live_client
from .settings import SETTINGS


class LiveService:
    def __init__(self, client: MetaStudioClient = None):
        self.client = client or live_client()

    def create_room(self, name: str):
        body = CreateSmartLiveRoomReq(room_name=name, voice_config=VoiceConfig(voice_asset_id=SETTINGS.voice_asset_id))
        return self.client.create_smart_live_room(CreateSmartLiveRoomRequest(body=body)).room_id

    def job_state(self, room_id: str, job_id: str) -> str:
        return self.client.show_smart_live(ShowSmartLiveRequest(room_id=room_id, job_id=job_id)).state
