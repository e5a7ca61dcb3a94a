"""Start the rooms' live jobs, watch them and stop them."""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from typing import Any, Iterable

import aiohttp

from console import settings
from console.api.rest import LiveRestAPI
from console.limits import STATUS_LIMITER

log = logging.getLogger(__name__)

FAILED_STATES = frozenset({"FAILED", "CANCELED"})


class LiveStartError(RuntimeError):
    pass


@dataclass
class Room:
    room_id: str
    name: str = ""
    output_urls: list[str] = field(default_factory=list)
    stream_keys: list[str] = field(default_factory=list)

    def start_body(self) -> dict[str, Any]:
        return {"output_urls": self.output_urls, "stream_keys": self.stream_keys}


class LiveScheduler:
    def __init__(self, api: LiveRestAPI) -> None:
        self.api = api
        self.jobs: dict[str, str] = {}  # room id -> live job id
        self.states: dict[str, str] = {}  # job id -> last known state

    async def _start(self, room: Room) -> None:
        job_id = await self.api.start_live(room.room_id, room.start_body())
        self.jobs[room.room_id] = job_id
        log.info("room %s (%s): live job %s started", room.room_id, room.name, job_id)

    async def open_all(self, rooms: Iterable[Room]) -> None:
        """Start every room at once so that the show begins everywhere at the same time."""
        async with asyncio.TaskGroup() as tg:
            for room in rooms:
                tg.create_task(self._start(room), name=f"start-{room.room_id}")  # expect: MST102 ~320/s

    async def go_live(self, room: Room, timeout_s: float = settings.START_TIMEOUT_S) -> str:
        """Start one room and return once its job is on air."""
        job_id = await self.api.start_live(room.room_id, room.start_body())
        self.jobs[room.room_id] = job_id
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout_s
        while loop.time() < deadline:
            job = await self.api.live_job(room.room_id, job_id)  # expect: MST103
            state = job.get("state")
            if state == "PROCESSING":
                log.info("room %s is on air (job %s)", room.room_id, job_id)
                return job_id
            if state in FAILED_STATES:
                raise LiveStartError(f"job {job_id} of room {room.room_id} ended as {state}: {job.get('error_info')}")
        raise LiveStartError(f"room {room.room_id} not on air after {timeout_s:.0f}s")

    async def _refresh(self, room_id: str, job_id: str) -> None:
        async with STATUS_LIMITER:
            job = await self.api.live_job(room_id, job_id)
        self.states[job_id] = job.get("state", "UNKNOWN")

    async def refresh_all(self) -> None:
        async with asyncio.TaskGroup() as tg:
            for room_id, job_id in self.jobs.items():
                tg.create_task(self._refresh(room_id, job_id))

    async def stop(self, room_id: str, job_id: str, attempts: int = 3) -> None:
        for attempt in range(1, attempts + 1):
            try:
                await self.api.stop_live(room_id, job_id)  # expect: MST104
                self.jobs.pop(room_id, None)
                return
            except aiohttp.ClientResponseError as exc:
                if exc.status != 429 or attempt == attempts:
                    raise
                log.warning("stop of job %s throttled (attempt %d/%d), retrying", job_id, attempt, attempts)

    async def shutdown(self) -> None:
        for room_id, job_id in list(self.jobs.items()):
            try:
                await self.stop(room_id, job_id)
            except aiohttp.ClientResponseError:
                log.exception("could not stop job %s of room %s", job_id, room_id)
            await asyncio.sleep(settings.STOP_PAUSE)
