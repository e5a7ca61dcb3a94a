"""Stopping livestreams and tearing rooms down."""
import time

from huaweicloudsdkmetastudio.v1 import DeleteSmartLiveRoomRequest, ShowSmartLiveRequest, StopSmartLiveRequest

from . import settings

FINISHED_STATES = frozenset({"SUCCEED", "FAILED", "BLOCKED"})


class CleanupMixin:
    """Teardown calls. Expects ``self.client`` (see service.BaseService)."""

    def stop_live(self, room_id: str, job_id: str) -> None:
        self.client.stop_smart_live(StopSmartLiveRequest(room_id=room_id, job_id=job_id))

    def live_state(self, room_id: str, job_id: str) -> str:
        return self.client.show_smart_live(ShowSmartLiveRequest(room_id=room_id, job_id=job_id)).state

    def wait_until_stopped(self, room_id: str, job_id: str, timeout_s: float = 120.0) -> str:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            state = self.live_state(room_id, job_id)
            if state in FINISHED_STATES:
                return state
            time.sleep(settings.STOP_POLL_INTERVAL_S)
        raise TimeoutError(f"live job {job_id} in room {room_id} did not stop within {timeout_s:.0f}s")

    def delete_room(self, room_id: str) -> None:
        self.client.delete_smart_live_room(DeleteSmartLiveRoomRequest(room_id=room_id))
