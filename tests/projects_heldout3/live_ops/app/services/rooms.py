"""Live-room operations used by the HTTP API and the jobs."""
from huaweicloudsdkmetastudio.v1 import (
    CreateSmartLiveRoomRequest,
    CreateSmartLiveRoomReq,
    ExecuteSmartLiveCommandRequest,
    MetaStudioClient,
    ShowSmartLiveRequest,
    ShowSmartLiveRoomRequest,
    VoiceConfig,
)

from app.core.config import settings


class RoomService:
    def __init__(self, client: MetaStudioClient):
        self.client = client

    def create(self, name: str, model_asset_id: str):
        body = CreateSmartLiveRoomReq(
            room_name=name,
            voice_config=VoiceConfig(voice_asset_id=settings.default_voice),
        )
        return self.client.create_smart_live_room(CreateSmartLiveRoomRequest(body=body))

    def get(self, room_id: str):
        return self.client.show_smart_live_room(ShowSmartLiveRoomRequest(room_id=room_id))

    def job_state(self, room_id: str, job_id: str) -> str:
        return self.client.show_smart_live(ShowSmartLiveRequest(room_id=room_id, job_id=job_id)).state

    def command(self, room_id: str, job_id: str, body) -> None:
        self.client.execute_smart_live_command(ExecuteSmartLiveCommandRequest(room_id=room_id, job_id=job_id, body=body))
