from huaweicloudsdkmetastudio.v1 import DeleteSmartLiveRoomRequest, ListSmartLiveRoomsRequest

from studio.core import base


class RoomResource(base.Resource):
    def remove(self, room_id):
        return self.client.delete_smart_live_room(DeleteSmartLiveRoomRequest(room_id=room_id))

    def page(self, offset):
        return self.client.list_smart_live_rooms(ListSmartLiveRoomsRequest(offset=offset, limit=50))
