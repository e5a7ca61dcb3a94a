"""Create all the rooms of a campaign at once, within the creation limit."""
import asyncio

from . import LiveService
from .settings import SETTINGS
from .utils.limits import ROOM_CREATE_LIMITER


async def _create(svc, name):
    async with ROOM_CREATE_LIMITER:
        return await asyncio.to_thread(svc.create_room, name)


async def launch(names):
    svc = LiveService()
    return await asyncio.gather(*(_create(svc, n) for n in names))


async def wait_live(svc, room_id, job_id):
    while True:
        state = await asyncio.to_thread(svc.job_state, room_id, job_id)
        if state == "LIVING":
            return
        await asyncio.sleep(SETTINGS.poll_seconds)
