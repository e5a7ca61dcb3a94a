"""avatar-events entry point.

    python app.py events < room-events.jsonl   console/webhook events, one JSON object a line
    python app.py workers --port 8710           viewer commands and live-event reports from the room gateway
    python app.py resume                        restart the rooms whose livestream failed
    python app.py stop ROOM_ID JOB_ID           stop one livestream, wait for it, delete the room
"""
import argparse
import asyncio
import json
import logging
import sys

from avatar_events import AvatarService, build_client, settings
from avatar_events.dispatcher import Command, ReportBatch, iter_events, run_event_loop, serve

log = logging.getLogger("avatar_events")


def resume_failed_rooms(svc: AvatarService) -> int:
    restarted = 0
    for room in svc.rooms_needing_restart():
        job_id = svc.start_live(room.room_id, settings.STREAM_URL.format(room_id=room.room_id))  # expect: MST101 ~10.0/s
        log.info("restarted room %s as job %s", room.room_id, job_id)
        restarted += 1
    return restarted


def stop_room(svc: AvatarService, room_id: str, job_id: str) -> str:
    svc.stop_live(room_id, job_id)
    state = svc.wait_until_stopped(room_id, job_id)
    svc.delete_room(room_id)
    return state


async def run_workers(svc: AvatarService, port: int) -> None:
    commands: asyncio.Queue = asyncio.Queue(maxsize=1000)
    reports: asyncio.Queue = asyncio.Queue(maxsize=1000)

    async def ingest(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        async for line in reader:
            msg = json.loads(line)
            if msg["kind"] == "command":
                await commands.put(Command(msg["room_id"], msg["job_id"], msg["command"], msg.get("params")))
            elif msg["kind"] == "report":
                await reports.put(ReportBatch(msg["room_id"], msg["job_id"], msg["events"]))
        writer.close()

    server = await asyncio.start_server(ingest, "0.0.0.0", port)
    async with server:
        await serve(svc, commands, reports)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="avatar-events")
    sub = parser.add_subparsers(dest="mode", required=True)
    sub.add_parser("events")
    workers = sub.add_parser("workers")
    workers.add_argument("--port", type=int, default=8710)
    sub.add_parser("resume")
    stop = sub.add_parser("stop")
    stop.add_argument("room_id")
    stop.add_argument("job_id")
    args = parser.parse_args(argv)

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    svc = AvatarService(build_client())
    if args.mode == "events":
        run_event_loop(iter_events(sys.stdin), svc)
    elif args.mode == "workers":
        asyncio.run(run_workers(svc, args.port))
    elif args.mode == "resume":
        print(f"restarted {resume_failed_rooms(svc)} room(s)")
    else:
        print(stop_room(svc, args.room_id, args.job_id))
    return 0


if __name__ == "__main__":
    sys.exit(main())
