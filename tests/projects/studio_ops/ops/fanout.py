"""Starts many live rooms at once and dispatches admin commands by name."""
from concurrent.futures import ThreadPoolExecutor

import anyio

from ops.config import SETTINGS
from ops.services import LiveService


def start_all(svc: LiveService, room_ids):
    with ThreadPoolExecutor(max_workers=SETTINGS.workers) as pool:
        return list(pool.map(svc.start, room_ids))  # expect: MST102 ~80/s


def create_all(svc: LiveService, bodies):
    return list(map(svc.create_room, bodies))  # expect: MST101 ~10/s


def dispatch(svc: LiveService, action, arg):
    return getattr(svc, action)(arg)


def start_listed(svc: LiveService, room_ids):
    for room_id in room_ids:
        dispatch(svc, "start", room_id)  # expect: MST101 ~10/s


async def create_one(svc: LiveService, body):
    svc.create_room(body)


async def create_grouped(svc: LiveService, bodies):
    async with anyio.create_task_group() as tg:
        for body in bodies:
            tg.start_soon(create_one, svc, body)  # expect: MST102
