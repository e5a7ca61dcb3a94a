"""Queue of live commands (scripts to insert, layers to show), drained by a few worker tasks."""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from console import settings
from console.api.rest import LiveRestAPI
from console.limits import COMMAND_SLOTS

log = logging.getLogger(__name__)


@dataclass
class LiveCommand:
    room_id: str
    job_id: str
    command: str
    params: dict[str, Any] = field(default_factory=dict)


async def _command_worker(name: str, queue: asyncio.Queue[LiveCommand], api: LiveRestAPI) -> None:
    while True:
        cmd = await queue.get()
        try:
            async with COMMAND_SLOTS:
                await api.send_command(cmd.room_id, cmd.job_id, cmd.command, cmd.params)
            log.debug("%s sent %s to %s", name, cmd.command, cmd.room_id)
        except aiohttp.ClientResponseError as exc:
            log.warning("%s: %s for room %s failed with %s", name, cmd.command, cmd.room_id, exc.status)
        finally:
            queue.task_done()


class CommandDispatcher:
    def __init__(self, api: LiveRestAPI) -> None:
        self.api = api
        self.queue: asyncio.Queue[LiveCommand] = asyncio.Queue(maxsize=500)
        self._workers: list[asyncio.Task[None]] = []

    def start(self) -> None:
        self._workers = [
            asyncio.create_task(_command_worker(f"cmd-{i}", self.queue, self.api), name=f"cmd-{i}")
            for i in range(settings.COMMAND_WORKERS)
        ]

    async def submit(self, cmd: LiveCommand) -> None:
        await self.queue.put(cmd)

    async def drain_and_stop(self) -> None:
        await self.queue.join()
        for task in self._workers:
            task.cancel()
        await asyncio.gather(*self._workers, return_exceptions=True)
