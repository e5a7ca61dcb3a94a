# flake8-options: --metastudio-timbres=9f2c1e7a5b3d4c6e8f0a1b2c3d4e5f60,4b7e0d2a9c1f4e3b8a6d5c2e1f0a9b87
"""Build the live room and the chat room for the spring launch, with hard-coded timbres.

The allow-list above is what the console shows as available for this account.
"""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    ChatVoiceConfig,
    CheckVoiceAssetRequest,
    CreateSmartChatRoomReq,
    CreateSmartChatRoomRequest,
    CreateSmartLiveRoomReq,
    CreateSmartLiveRoomRequest,
    LiveVideoScriptInfo,
    MetaStudioClient,
    ShowSmartChatJobRequest,
    SmartChatVoiceConfig,
    VoiceConfig,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
    .with_region(MetaStudioRegion.CN_NORTH_4)
    .build()
)


def launch_live_room(model_asset_id: str) -> str:
    scene = LiveVideoScriptInfo(
        script_name="opening",
        model_asset_id=model_asset_id,
        voice_config=VoiceConfig(voice_asset_id="e1d2c3b4a5f60718293a4b5c6d7e8f90", speed=100),  # expect: MST401
    )
    body = CreateSmartLiveRoomReq(room_name="spring-launch", scene_scripts=[scene])
    return client.create_smart_live_room(CreateSmartLiveRoomRequest(body=body)).room_id


def launch_backup_room(model_asset_id: str) -> str:
    # dict body, same shape as the JSON API
    body = {
        "room_name": "spring-launch-backup",
        "scene_scripts": [{
            "script_name": "opening",
            "model_asset_id": model_asset_id,
            "voice_config": {"voice_asset_id": "7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d"},  # expect: MST401
        }],
    }
    return client.create_smart_live_room(CreateSmartLiveRoomRequest(body=body)).room_id


def launch_chat_room(model_asset_id: str, robot_id: str, guest_voice: str) -> str:
    voices = [
        ChatVoiceConfig(voice_asset_id="9f2c1e7a5b3d4c6e8f0a1b2c3d4e5f60", language="zh_CN"),  # on the list
        ChatVoiceConfig(voice_asset_id=guest_voice, language="en_US"),  # not a literal: silent
    ]
    body = CreateSmartChatRoomReq(room_name="launch-chat", model_asset_id=model_asset_id,
                                  voice_config_list=voices, robot_id=robot_id)
    return client.create_smart_chat_room(CreateSmartChatRoomRequest(body=body)).room_id


EXPECTED_CHAT_VOICE = SmartChatVoiceConfig(
    voice_asset_id="0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f",  # expect: MST401
    speed=100,
)


def chat_job_uses_expected_voice(room_id: str, job_id: str) -> bool:
    job = client.show_smart_chat_job(ShowSmartChatJobRequest(room_id=room_id, job_id=job_id))
    used = {v.voice_asset_id for v in (job.voice_config_list or [])}
    return EXPECTED_CHAT_VOICE.voice_asset_id in used


def preflight() -> bool:
    # the run-time check that MST401 recommends is not a use of the timbre: no finding
    resp = client.check_voice_asset(CheckVoiceAssetRequest(voice_asset_id="e1d2c3b4a5f60718293a4b5c6d7e8f90"))
    return resp is not None
