"""Before the evening show: fetch every room's script so the console opens fast."""
from concurrent.futures import ThreadPoolExecutor

from app.core.clients import build_client
from app.services.rooms import RoomService


def warm(room_ids):
    svc = RoomService(build_client())
    with ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(svc.get, room_ids))  # expect: MST102
