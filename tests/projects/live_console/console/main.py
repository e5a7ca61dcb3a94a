"""Command line of the live console.

    python -m console.main serve plan.json       start all rooms, run the show plan, stop on Ctrl-C
    python -m console.main go-live ROOM_ID        start one room and wait until it is on air
    python -m console.main assistant NAME ROBOT MODEL   create the Q&A dialog next to the live rooms
"""
from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import signal
from pathlib import Path

import aiohttp

from console import settings
from console.api.rest import LiveRestAPI
from console.api.rooms import RoomCatalog
from console.events import EventForwarder, platform_feed
from console.scheduler import LiveScheduler, Room
from console.sdk import build_async_client
from console.workers import CommandDispatcher, LiveCommand

log = logging.getLogger("console")


async def _check_studio(api: LiveRestAPI) -> None:
    """Refuse to start while one of the studio's rooms still has a job running."""
    jobs = await asyncio.gather(*(api.list_jobs(room_id) for room_id in settings.STUDIO_ROOMS))
    busy = [
        room for room, room_jobs in zip(settings.STUDIO_ROOMS, jobs)
        if any(job["state"] == "PROCESSING" for job in room_jobs)
    ]
    if busy:
        raise SystemExit(f"rooms still live: {', '.join(busy)}")


async def _monitor(scheduler: LiveScheduler, stop: asyncio.Event) -> None:
    while not stop.is_set():
        await asyncio.sleep(settings.REFRESH_SECONDS)
        await scheduler.refresh_all()
        log.info("job states: %s", scheduler.states)


async def serve(plan_path: Path, feed_url: str | None) -> None:
    catalog = RoomCatalog(build_async_client())
    rooms = [Room(room_id=r.room_id, name=r.room_name) for r in catalog.list_rooms()]
    details = catalog.room_details(room.room_id for room in rooms)
    log.info("%d rooms, %d scripts loaded", len(rooms), len(details))
    plan = json.loads(plan_path.read_text(encoding="utf-8"))

    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGINT, stop.set)
    async with LiveRestAPI(os.environ[settings.IAM_TOKEN_ENV]) as api:
        await _check_studio(api)
        scheduler = LiveScheduler(api)
        await scheduler.open_all(rooms)
        dispatcher = CommandDispatcher(api)
        dispatcher.start()
        for step in plan.get("commands", []):
            job_id = scheduler.jobs[step["room_id"]]
            await dispatcher.submit(LiveCommand(step["room_id"], job_id, step["command"], step.get("params", {})))
        monitor = asyncio.create_task(_monitor(scheduler, stop))
        if feed_url and rooms:
            first = rooms[0].room_id
            async with aiohttp.ClientSession() as session:
                await EventForwarder(api, first, scheduler.jobs[first]).run(platform_feed(session, feed_url))
        await stop.wait()
        monitor.cancel()
        await dispatcher.drain_and_stop()
        await scheduler.shutdown()


async def go_live(room_id: str) -> None:
    async with LiveRestAPI(os.environ[settings.IAM_TOKEN_ENV]) as api:
        job_id = await LiveScheduler(api).go_live(Room(room_id=room_id))
        print(job_id)


def main(argv: list[str] | None = None) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    parser = argparse.ArgumentParser(prog="console")
    sub = parser.add_subparsers(dest="cmd", required=True)
    p_serve = sub.add_parser("serve")
    p_serve.add_argument("plan", type=Path)
    p_serve.add_argument("--feed-url")
    p_live = sub.add_parser("go-live")
    p_live.add_argument("room_id")
    p_assistant = sub.add_parser("assistant")
    p_assistant.add_argument("name")
    p_assistant.add_argument("robot_id")
    p_assistant.add_argument("model_asset_id")
    args = parser.parse_args(argv)

    if args.cmd == "serve":
        asyncio.run(serve(args.plan, args.feed_url))
    elif args.cmd == "go-live":
        asyncio.run(go_live(args.room_id))
    else:
        catalog = RoomCatalog(build_async_client())
        existing = {room.room_name for room in catalog.assistant_rooms()}
        if args.name in existing:
            raise SystemExit(f"dialog {args.name!r} exists already")
        print(catalog.create_assistant_room(args.name, args.robot_id, args.model_asset_id))


if __name__ == "__main__":
    main()
