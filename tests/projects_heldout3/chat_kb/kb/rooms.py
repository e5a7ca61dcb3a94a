"""Interactive dialog rooms for the Singapore storefront."""
from huaweicloudsdkmetastudio.v1 import ChatVoiceConfig, CreateSmartChatRoomReq, CreateSmartChatRoomRequest

from .clients import sg_client
from .settings import DEFAULT_VOICE


def create_sg_room(name, model_asset_id, robot_id):
    body = CreateSmartChatRoomReq(
        room_name=name,
        model_asset_id=model_asset_id,
        robot_id=robot_id,
        voice_config=ChatVoiceConfig(voice_asset_id=DEFAULT_VOICE),
    )
    return sg_client().create_smart_chat_room(CreateSmartChatRoomRequest(body=body))  # expect: MST201
