"""Operations on running smart-live jobs, used by the HTTP API."""
from huaweicloudsdkmetastudio.v1 import (
    ControlSmartLiveReq,
    ExecuteSmartLiveCommandRequest,
    MetaStudioClient,
    ShowSmartLiveRequest,
)


class LiveRoomService:
    def __init__(self, client: MetaStudioClient):
        self._client = client

    def say(self, room_id: str, job_id: str, text: str):
        body = ControlSmartLiveReq(command="INSERT_PLAY_SCRIPT", params={"text": text})
        req = ExecuteSmartLiveCommandRequest(room_id=room_id, job_id=job_id, body=body)
        return self._client.execute_smart_live_command(req)

    def status(self, room_id: str, job_id: str):
        return self._client.show_smart_live(ShowSmartLiveRequest(room_id=room_id, job_id=job_id))
