"""Services over the MetaStudio APIs the operations team uses."""
from huaweicloudsdkmetastudio.v1 import (
    CreateSmartLiveRoomRequest,
    ListSmartLiveRoomsRequest,
    ShowSmartLiveRequest,
    StartSmartLiveRequest,
)

from ops.base import ClientMixin


class LiveService(ClientMixin):
    def create_room(self, body):
        return self.client.create_smart_live_room(CreateSmartLiveRoomRequest(body=body))

    def start(self, room_id):
        return self.client.start_smart_live(StartSmartLiveRequest(room_id=room_id))

    def job(self, room_id, job_id):
        return self.client.show_smart_live(ShowSmartLiveRequest(room_id=room_id, job_id=job_id))

    def rooms(self):
        return self.client.list_smart_live_rooms(ListSmartLiveRoomsRequest(limit=10))
