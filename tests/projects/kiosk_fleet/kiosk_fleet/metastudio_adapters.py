"""Huawei Cloud MetaStudio implementations of the fleet ports."""
from __future__ import annotations

import logging
import time
from typing import Optional

from huaweicloudsdkcore.exceptions import exceptions
from huaweicloudsdkmetastudio.v1 import (
    CreateSmartChatRoomReq,
    CreateSmartChatRoomRequest,
    CreateWelcomeSpeechReq,
    CreateWelcomeSpeechRequest,
    ListSmartChatJobRequest,
    ListSmartChatRoomsRequest,
    MetaStudioClient,
    ShowAssetRequest,
    ShowSmartChatRoomRequest,
    SmartChatJobsReq,
    SmartChatVoiceConfig,
    StartSmartChatJobRequest,
    UpdateWelcomeSpeechReq,
    UpdateWelcomeSpeechRequest,
)

from .ports import KioskAdapter
from .throttle import log_throttled

log = logging.getLogger(__name__)

READY_STATES = ("CHATTING", "FAILED")


class MetaStudioChatAdapter(KioskAdapter):
    """Kiosks backed by MetaStudio intelligent-interaction rooms."""

    max_attempts = 4

    def __init__(self, client: MetaStudioClient) -> None:
        self._client = client

    def find_room(self, name: str) -> Optional[str]:
        resp = self._client.list_smart_chat_rooms(ListSmartChatRoomsRequest(room_name=name, limit=10))
        for room in resp.smart_chat_rooms or []:
            if room.room_name == name:
                return room.room_id
        return None

    def create_room(self, name: str, model_asset_id: str, robot_id: str, voice_asset_id: str) -> str:
        body = CreateSmartChatRoomReq(
            room_name=name,
            model_asset_id=model_asset_id,
            robot_id=robot_id,
            voice_config=SmartChatVoiceConfig(voice_asset_id=voice_asset_id, speed=100),
        )
        resp = self._client.create_smart_chat_room(CreateSmartChatRoomRequest(body=body))  # expect: MST201
        log.info("created room %s (%s)", name, resp.room_id)
        return resp.room_id

    def describe_room(self, room_id: str) -> dict:
        request = ShowSmartChatRoomRequest(room_id=room_id)
        for attempt in range(1, self.max_attempts + 1):
            try:
                room = self._client.show_smart_chat_room(request)  # expect: MST104
                return {"robot_id": room.robot_id, "model_asset_id": room.model_asset_id}
            except exceptions.ClientRequestException as err:
                if err.status_code != 429 or attempt == self.max_attempts:
                    raise
                log_throttled("show_smart_chat_room", attempt, self.max_attempts)
        raise RuntimeError("unreachable")

    def add_greeting(self, robot_id: str, text: str, language: str) -> str:
        body = CreateWelcomeSpeechReq(robot_id=robot_id, welcome_speech=text, language=language)
        return self._client.create_welcome_speech(CreateWelcomeSpeechRequest(body=body)).welcome_speech_id

    def edit_greeting(self, greeting_id: str, text: str) -> None:
        body = UpdateWelcomeSpeechReq(welcome_speech=text, enable_welcome_speech=True)
        self._client.update_welcome_speech(UpdateWelcomeSpeechRequest(welcome_speech_id=greeting_id, body=body))

    def start_session(self, room_id: str, robot_id: str, timeout_s: float) -> str:
        started = self._client.start_smart_chat_job(
            StartSmartChatJobRequest(room_id=room_id, robot_id=robot_id, body=SmartChatJobsReq())
        )
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            resp = self._client.list_smart_chat_job(ListSmartChatJobRequest(room_id=room_id, limit=10))  # expect: MST103
            job = next((j for j in resp.smart_chat_jobs or [] if j.job_id == started.job_id), None)
            if job is not None and job.state in READY_STATES:
                return job.state
        raise TimeoutError(f"session of room {room_id} did not start within {timeout_s}s")


class MetaStudioAssetAdapter:
    """Read-only view of the tenant's avatar assets (satisfies ports.AssetLookup)."""

    def __init__(self, client: MetaStudioClient) -> None:
        self._client = client

    def asset_state(self, asset_id: str) -> str:
        return self._client.show_asset(ShowAssetRequest(asset_id=asset_id)).asset_state
