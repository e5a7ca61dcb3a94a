"""Delete the rehearsal live rooms left over from testing (room names starting with a prefix).

    python room_cleanup.py [PREFIX]
"""
import sys
import time

from huaweicloudsdkmetastudio.v1 import DeleteSmartLiveRoomRequest, ListSmartLiveRoomsRequest
from tqdm import tqdm

from common import client, log

PREFIX = sys.argv[1] if len(sys.argv) > 1 else "rehearsal-"
PAUSE_S = 0.5  # delete_smart_live_room allows 3 calls/s per tenant in Singapore

resp = client.list_smart_live_rooms(ListSmartLiveRoomsRequest(room_name=PREFIX, limit=100))
rooms = [room for room in resp.smart_live_rooms or [] if room.room_name.startswith(PREFIX)]
log.info("%d rehearsal rooms to delete", len(rooms))

for room in tqdm(rooms, desc="deleting"):
    client.delete_smart_live_room(DeleteSmartLiveRoomRequest(room_id=room.room_id))
    time.sleep(PAUSE_S)
