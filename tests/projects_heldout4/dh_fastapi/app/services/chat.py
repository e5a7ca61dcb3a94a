"""Interactive dialog rooms and the application behind them."""
from huaweicloudsdkmetastudio.v1 import (
    ChatVoiceConfig,
    CreateRobotReq,
    CreateRobotRequest,
    CreateSmartChatRoomReq,
    CreateSmartChatRoomRequest,
    HuaweiEiCbs,
    MetaStudioClient,
    ShowSmartChatRoomRequest,
)

from app.config import settings


class ChatService:
    def __init__(self, client: MetaStudioClient) -> None:
        self.client = client

    def create_app(self, name: str, cbs_project_id: str) -> str:
        body = CreateRobotReq(name=name, app_type=1, huawei_ei_cbs=HuaweiEiCbs(cbs_project_id=cbs_project_id))
        return self.client.create_robot(CreateRobotRequest(body=body)).robot_id  # expect: MST201

    def create_room(self, name: str, robot_id: str) -> str:
        voice = ChatVoiceConfig(voice_asset_id=settings.assistant_voice)
        body = CreateSmartChatRoomReq(room_name=name, robot_id=robot_id, voice_config=voice)
        return self.client.create_smart_chat_room(CreateSmartChatRoomRequest(body=body)).room_id  # expect: MST201

    def room(self, room_id: str):
        return self.client.show_smart_chat_room(ShowSmartChatRoomRequest(room_id=room_id))
