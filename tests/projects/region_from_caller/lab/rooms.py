"""Live-room housekeeping on a client the caller builds (and whose region it chooses)."""
import logging
import time

from huaweicloudsdkmetastudio.v1 import DeleteSmartLiveRoomRequest, MetaStudioClient

log = logging.getLogger(__name__)


class RoomJanitor:
    def __init__(self, client: MetaStudioClient) -> None:
        self.client = client

    def clear(self, room_ids: list) -> None:
        """Paced for Beijing (4/s): one room every 0.3 s."""
        for room_id in room_ids:
            self.client.delete_smart_live_room(DeleteSmartLiveRoomRequest(room_id=room_id))
            log.info("deleted %s", room_id)
            time.sleep(0.2)

    def clear_now(self, room_ids: list) -> None:
        for room_id in room_ids:
            self.client.delete_smart_live_room(DeleteSmartLiveRoomRequest(room_id=room_id))  # expect: MST101 ~10/s
