# flake8-options: --metastudio-timbres=8c1f3e0a9b7d4c52a6e1f0b3d2c4e5f6,1a2b3c4d5e6f47089a0b1c2d3e4f5a6b,77e0c3d2b1a04f5e9d8c7b6a5f4e3d2c
"""Timbre picker for the spring campaign: builds the live room and the help-desk dialog with
the voices the brand team chose. Three timbres are enabled for this account (see the options
line); anything else fails when the room or dialog starts."""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    ChatVoiceConfig,
    CheckVoiceAssetRequest,
    CoStreamerConfig,
    CreateSmartChatRoomReq,
    CreateSmartChatRoomRequest,
    CreateSmartLiveRoomReq,
    CreateSmartLiveRoomRequest,
    LiveVideoScriptInfo,
    MetaStudioClient,
    SmartChatVoiceConfig,
    VoiceConfig,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

HOST_VOICE = "8c1f3e0a9b7d4c52a6e1f0b3d2c4e5f6"

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["HW_AK"], os.environ["HW_SK"], os.environ["HW_PROJECT"]))
    .with_region(MetaStudioRegion.CN_NORTH_4)
    .build()
)


def voice_is_usable(voice_id):
    resp = client.check_voice_asset(CheckVoiceAssetRequest(voice_asset_id=voice_id))
    return resp.asset_state == "ACTIVED"


def build_live_room(model_asset_id):
    opening = LiveVideoScriptInfo(
        script_name="opening",
        model_asset_id=model_asset_id,
        voice_config=VoiceConfig(voice_asset_id="8c1f3e0a9b7d4c52a6e1f0b3d2c4e5f6", speed=105),
    )
    promo = LiveVideoScriptInfo(
        script_name="promo",
        model_asset_id=model_asset_id,
        # the brand team's favourite, never enabled on this account
        voice_config=VoiceConfig(voice_asset_id="f00dfeedc0ffee0123456789abcdef01", speed=110),  # expect: MST401
    )
    guest = CoStreamerConfig(
        voice_config=VoiceConfig(voice_asset_id=os.environ.get("GUEST_VOICE", HOST_VOICE)),
    )
    body = CreateSmartLiveRoomReq(room_name="spring-live", scene_scripts=[opening, promo], co_streamer_config=guest)
    return client.create_smart_live_room(CreateSmartLiveRoomRequest(body=body))


def build_help_desk(robot_id, model_asset_id):
    voices = [
        ChatVoiceConfig(voice_asset_id="1a2b3c4d5e6f47089a0b1c2d3e4f5a6b", language="zh_CN"),
        ChatVoiceConfig(voice_asset_id="0badc0de0badc0de0badc0de0badc0de", language="en_US"),  # expect: MST401
    ]
    body = CreateSmartChatRoomReq(
        room_name="help-desk",
        robot_id=robot_id,
        model_asset_id=model_asset_id,
        voice_config=VoiceConfig(voice_asset_id="77e0c3d2b1a04f5e9d8c7b6a5f4e3d2c"),
        voice_config_list=voices,
    )
    return client.create_smart_chat_room(CreateSmartChatRoomRequest(body=body))


def build_kiosk_dialog(robot_id, model_asset_id):
    body = {
        "room_name": "lobby-kiosk",
        "robot_id": robot_id,
        "model_asset_id": model_asset_id,
        "voice_config": {"voice_asset_id": "5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e", "speed": 100},  # expect: MST401
    }
    return client.create_smart_chat_room(CreateSmartChatRoomRequest(body=body))


def preview_voice():
    # a SmartChatVoiceConfig for the preview widget, on the list
    return SmartChatVoiceConfig(voice_asset_id="1a2b3c4d5e6f47089a0b1c2d3e4f5a6b", language="zh_CN", language_desc="中文")


if __name__ == "__main__":
    if not voice_is_usable("f00dfeedc0ffee0123456789abcdef01"):
        print("promo voice not enabled yet")
    build_live_room(os.environ["MODEL_ASSET"])
    build_help_desk(os.environ["ROBOT_ID"], os.environ["MODEL_ASSET"])
    build_kiosk_dialog(os.environ["ROBOT_ID"], os.environ["MODEL_ASSET"])
    print(preview_voice())
