"""Event intake: the console event stream (one at a time) and the live-room worker pools (asyncio)."""
import asyncio
import json
import logging
from dataclasses import dataclass
from typing import Iterable, Iterator, List, Optional, TextIO

from . import settings
from .clients import COMMAND_LIMITER
from .handlers import Event, dispatch
from .service import AvatarService

log = logging.getLogger(__name__)


@dataclass
class Command:
    room_id: str
    job_id: str
    command: str
    params: Optional[dict] = None


@dataclass
class ReportBatch:
    room_id: str
    job_id: str
    events: List[dict]


def iter_events(stream: TextIO) -> Iterator[Event]:
    """Read a kafka-style stream of JSON lines as events, skipping what does not parse."""
    for line in stream:
        line = line.strip()
        if not line:
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError:
            log.warning("dropping malformed event: %.80s", line)
            continue
        yield Event(raw["type"], raw["room_id"], raw.get("payload", {}))


def run_event_loop(events: Iterable[Event], svc: AvatarService) -> None:
    for event in events:
        try:
            dispatch(svc, event)
        except Exception:  # one bad event must not stop the stream
            log.exception("handler for %s failed (room %s)", event.type, event.room_id)


async def _command_worker(queue: asyncio.Queue, svc: AvatarService) -> None:
    while True:
        cmd = await queue.get()
        try:
            async with COMMAND_LIMITER:
                svc.send_command(cmd.room_id, cmd.job_id, cmd.command, cmd.params)
        except Exception:
            log.exception("command %s for room %s failed", cmd.command, cmd.room_id)
        finally:
            queue.task_done()


async def _report_worker(queue: asyncio.Queue, svc: AvatarService) -> None:
    while True:
        batch = await queue.get()
        try:
            svc.report_events(batch.room_id, batch.job_id, batch.events)  # expect: MST102 ~40.0/s
        finally:
            queue.task_done()


async def serve(svc: AvatarService, commands: asyncio.Queue, reports: asyncio.Queue) -> None:
    workers = [asyncio.create_task(_command_worker(commands, svc)) for _ in range(settings.COMMAND_CONSUMERS)]
    workers += [asyncio.create_task(_report_worker(reports, svc)) for _ in range(settings.REPORT_CONSUMERS)]
    try:
        done, _ = await asyncio.wait(workers, return_when=asyncio.FIRST_EXCEPTION)
        for task in done:
            task.result()
    finally:
        for task in workers:
            task.cancel()
