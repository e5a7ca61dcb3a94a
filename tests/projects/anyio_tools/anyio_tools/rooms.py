"""Room status commands, fanned out with anyio task groups."""
import logging

import anyio

from anyio_tools import studio
from anyio_tools.settings import ROOM_STATES

log = logging.getLogger(__name__)


async def refresh_room(room_id, results):
    room = studio.show_room(room_id)
    results[room_id] = room.room_state


async def refresh_rooms(room_ids):
    """Reload the state of every listed room, one task per room."""
    results = {}
    async with anyio.create_task_group() as tg:
        for room_id in room_ids:
            tg.start_soon(refresh_room, room_id, results)  # expect: MST102 ~320.0/s
    return results


async def count_state(room_state, counts):
    resp = studio.list_rooms(room_state, limit=1)
    counts[room_state] = resp.count


async def room_summary():
    """One task per room state: three list calls in total."""
    counts = {}
    async with anyio.create_task_group() as tg:
        for room_state in ROOM_STATES:
            tg.start_soon(count_state, room_state, counts)
    return counts
