"""Smart-live room operations."""
from huaweicloudsdkmetastudio.v1 import (
    ListSmartLiveRoomsRequest,
    StartSmartLiveReq,
    StartSmartLiveRequest,
    StopSmartLiveRequest,
)

from live_studio import settings
from live_studio.base import SiteService
from live_studio.mixins import LiveStatusMixin, RetryMixin


class LiveRoomService(RetryMixin, LiveStatusMixin, SiteService):
    def list_smart_live_rooms(self, req):
        return self._client.list_smart_live_rooms(req)

    def start_smart_live(self, req):
        return self._with_retry(self._client.start_smart_live, req)

    def stop_smart_live(self, room_id, job_id):
        return self._client.stop_smart_live(StopSmartLiveRequest(room_id=room_id, job_id=job_id))

    def room_ids(self):
        req = ListSmartLiveRoomsRequest(limit=settings.ROOM_PAGE_SIZE, offset=0)
        resp = self.list_smart_live_rooms(req)
        return [room.room_id for room in resp.smart_live_rooms or []]

    def start_room(self, room_id):
        return self.start_smart_live(StartSmartLiveRequest(room_id=room_id, body=StartSmartLiveReq()))
