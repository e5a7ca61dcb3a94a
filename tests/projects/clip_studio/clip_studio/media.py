"""Video rendering and live-room API groups."""
from huaweicloudsdkmetastudio.v1 import (
    Create2DDigitalHumanVideoRequest,
    ListSmartLiveRoomsRequest,
    Show2DDigitalHumanVideoRequest,
    StartSmartLiveRequest,
)

from clip_studio.base import Repository


class VideoRepository(Repository):
    def render(self, body):
        return self._call("create2_d_digital_human_video", Create2DDigitalHumanVideoRequest(body=body))

    def status(self, job_id):
        return self._call("show2_d_digital_human_video", Show2DDigitalHumanVideoRequest(job_id=job_id))


class LiveRepository(Repository):
    def start(self, room_id):
        return self._call("start_smart_live", StartSmartLiveRequest(room_id=room_id))

    def rooms(self, offset, limit=10):
        return self._call("list_smart_live_rooms", ListSmartLiveRoomsRequest(offset=offset, limit=limit))
