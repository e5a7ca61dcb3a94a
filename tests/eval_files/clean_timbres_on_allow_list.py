# flake8-options: --metastudio-timbres=3c9d2f1e0a4b5c6d7e8f9a0b1c2d3e4f,a0b1c2d3e4f5061728394a5b6c7d8e9f
"""Video-script templates for the weekly product spotlight; every hard-coded timbre is approved.

Expected: no finding.
"""
import os

from huaweicloudsdkmetastudio.v1 import (
    ChatVoiceConfig,
    CreateSmartChatRoomReq,
    CreateSmartChatRoomRequest,
    CreateVideoScriptsReq,
    CreateVideoScriptsRequest,
    MetaStudioClient,
    ShootScript,
    ShootScriptItem,
    TextConfig,
    VoiceConfig,
)

HOST_VOICE = os.environ.get("HOST_VOICE_ID")


def spotlight_script(client: MetaStudioClient, model_asset_id: str, lines: list):
    shots = [
        ShootScriptItem(sequence_no=i, shoot_script=ShootScript(script_type="TEXT", text_config=TextConfig(text=t)))
        for i, t in enumerate(lines)
    ]
    body = CreateVideoScriptsReq(
        script_name="weekly-spotlight",
        model_asset_id=model_asset_id,
        voice_config=VoiceConfig(voice_asset_id="3c9d2f1e0a4b5c6d7e8f9a0b1c2d3e4f", speed=100),
        shoot_scripts=shots,
    )
    return client.create_video_scripts(CreateVideoScriptsRequest(body=body))


def guest_script(client: MetaStudioClient, model_asset_id: str, text: str):
    body = {
        "script_name": "guest-spotlight",
        "model_asset_id": model_asset_id,
        "voice_config": {"voice_asset_id": "a0b1c2d3e4f5061728394a5b6c7d8e9f", "speed": 110},
        "shoot_scripts": [{"sequence_no": 0, "shoot_script": {"script_type": "TEXT", "text_config": {"text": text}}}],
    }
    return client.create_video_scripts(CreateVideoScriptsRequest(body=body))


def qa_room(client: MetaStudioClient, model_asset_id: str, robot_id: str):
    voices = [ChatVoiceConfig(voice_asset_id=HOST_VOICE, language="zh_CN")]  # from the environment: silent
    body = CreateSmartChatRoomReq(room_name="spotlight-qa", model_asset_id=model_asset_id,
                                  voice_config_list=voices, robot_id=robot_id)
    return client.create_smart_chat_room(CreateSmartChatRoomRequest(body=body))
