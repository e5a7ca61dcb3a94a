"""Live room lifecycle: create the room, start the stream, wait for it, insert replies."""
import logging
import time
from typing import List

from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException, ServerResponseException
from huaweicloudsdkmetastudio.v1 import (
    ControlSmartLiveReq,
    CreateSmartLiveRoomReq,
    CreateSmartLiveRoomRequest,
    ExecuteSmartLiveCommandRequest,
    LiveShootScriptItem,
    LiveVideoScriptInfo,
    MetaStudioClient,
    ShowSmartLiveRequest,
    StartSmartLiveReq,
    StartSmartLiveRequest,
    TextConfig,
    UpdateSmartLiveRoomRequest,
    VoiceConfig,
)
from tenacity import retry, retry_if_exception_type, stop_after_attempt

from shopfront_anchor import settings

log = logging.getLogger(__name__)

FAILED_STATES = ("FAILED", "BLOCKED")


class LiveRoomService:
    def __init__(self, client: MetaStudioClient):
        self._client = client

    def create_room(self, name: str, model_asset_id: str, voice_asset_id: str, lines: List[str]) -> str:
        scene = LiveVideoScriptInfo(
            script_name=f"{name}-main",
            model_asset_id=model_asset_id,
            voice_config=VoiceConfig(voice_asset_id=voice_asset_id, speed=100),
            shoot_scripts=[
                LiveShootScriptItem(sequence_no=i, title=f"part-{i}", text_config=TextConfig(text=line))
                for i, line in enumerate(lines)
            ],
        )
        request = CreateSmartLiveRoomRequest(
            body=CreateSmartLiveRoomReq(room_name=name, room_type="NORMAL", scene_scripts=[scene])
        )
        for attempt in range(4):
            try:
                return self._client.create_smart_live_room(request).room_id
            except ClientRequestException as exc:
                if exc.error_code != "APIGW.0308" or attempt == 3:
                    raise
                log.warning("create_smart_live_room throttled, retry %d", attempt + 1)
                time.sleep(2 ** attempt)
        raise RuntimeError("unreachable")

    def start_live(self, room_id: str, rtmp_url: str, stream_key: str) -> str:
        request = StartSmartLiveRequest(
            room_id=room_id,
            body=StartSmartLiveReq(output_urls=[rtmp_url], stream_keys=[stream_key]),
        )
        last_error = None
        for attempt in range(1, 4):
            try:
                return self._client.start_smart_live(request).job_id  # expect: MST104
            except ServerResponseException as exc:
                last_error = exc
                log.warning("start_smart_live failed with %s (attempt %d of 3)", exc.error_code, attempt)
        raise RuntimeError(f"could not start the live job of room {room_id}") from last_error

    def wait_until_live(self, room_id: str, job_id: str) -> str:
        request = ShowSmartLiveRequest(room_id=room_id, job_id=job_id)
        deadline = time.monotonic() + settings.LIVE_START_TIMEOUT_S
        while time.monotonic() < deadline:
            state = self._client.show_smart_live(request).state
            if state == "PROCESSING":
                return state
            if state in FAILED_STATES:
                raise RuntimeError(f"live job {job_id} ended in {state}")
            time.sleep(settings.LIVE_POLL_INTERVAL_S)
        raise TimeoutError(f"live job {job_id} not streaming after {settings.LIVE_START_TIMEOUT_S} s")

    @retry(stop=stop_after_attempt(3), retry=retry_if_exception_type(ServerResponseException), reraise=True)
    def rename_room(self, room_id: str, name: str, description: str) -> None:
        body = CreateSmartLiveRoomReq(room_name=name, room_description=description)
        self._client.update_smart_live_room(UpdateSmartLiveRoomRequest(room_id=room_id, body=body))  # expect: MST104

    def insert_reply(self, room_id: str, job_id: str, text: str) -> str:
        command = ControlSmartLiveReq(command="INSERT_PLAY_SCRIPT", params={"text": text})
        resp = self._client.execute_smart_live_command(
            ExecuteSmartLiveCommandRequest(room_id=room_id, job_id=job_id, body=command)
        )
        return resp.command_id
