"""Operator CLI: serve the schedule, and bulk operations on live rooms."""
import argparse
import json
import logging
import queue
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

from . import settings
from .rooms import LiveRoomService
from .worker import LiveJob, LiveJobWorker

log = logging.getLogger("scheduler.admin")

DEFAULT_RULE_GROUPS = ("comment-keywords", "gift-thanks", "new-follower")
TERMINAL_STATES = ("SUCCEED", "FAILED", "BLOCKED")


def serve(rooms: LiveRoomService, schedule_file):
    with open(schedule_file, encoding="utf-8") as fh:
        schedule = sorted(json.load(fh), key=lambda entry: entry["starts_at"])
    jobs = queue.Queue(maxsize=settings.QUEUE_MAXSIZE)
    worker = LiveJobWorker(rooms, jobs)
    worker.start()
    for entry in schedule:
        delay = entry["starts_at"] - time.time()
        if delay > 0:
            time.sleep(delay)
        jobs.put(LiveJob(entry["room_id"], tuple(entry["output_urls"]), entry["starts_at"]))
    jobs.join()
    worker.stop()


def ensure_rule_groups(rooms: LiveRoomService):
    for name in DEFAULT_RULE_GROUPS:
        rooms.create_rule_group(name)


def wait_until_live(rooms: LiveRoomService, room_id, job_id):
    while True:
        job = rooms.live_job(room_id, job_id)  # expect: MST103
        if job.state == "PROCESSING":
            return job
        if job.state in TERMINAL_STATES:
            raise RuntimeError(f"live job {job_id} ended as {job.state}")


def wait_until_stopped(rooms: LiveRoomService, room_id, job_id, timeout_s=600):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        job = rooms.live_job(room_id, job_id)
        if job.state in TERMINAL_STATES:
            return job
        time.sleep(settings.POLL_INTERVAL_S)
    raise TimeoutError(f"live job {job_id} still running after {timeout_s}s")


def broadcast(rooms: LiveRoomService, command, params):
    live = rooms.live_jobs()
    with ThreadPoolExecutor(max_workers=8) as pool:
        futures = {pool.submit(rooms.send_command, room_id, job_id, command, params): room_id
                   for room_id, job_id in live}
        for future in as_completed(futures):
            log.info("command %s sent to %s", command, futures[future])


def rename_rooms(rooms: LiveRoomService, prefix):
    for n, room in enumerate(rooms.all_rooms(), start=1):
        if not room.room_name.startswith(prefix):
            rooms.rename(room.room_id, prefix + room.room_name)  # expect: MST101 ~10.0/s
        if n % 50 == 0:
            log.info("renamed %d rooms so far", n)
            time.sleep(1)


def purge_rooms(rooms: LiveRoomService, room_ids):
    deleted = list(map(rooms.delete_room, room_ids))  # expect: MST101 ~10.0/s
    log.info("deleted %d rooms", len(deleted))


def main(argv=None):
    parser = argparse.ArgumentParser(prog="livestream-scheduler")
    sub = parser.add_subparsers(dest="cmd", required=True)
    sub.add_parser("serve").add_argument("--schedule", default=settings.SCHEDULE_FILE)
    sub.add_parser("setup-rules")
    for name in ("watch", "stop"):
        p = sub.add_parser(name)
        p.add_argument("room_id")
        p.add_argument("job_id")
    p = sub.add_parser("broadcast")
    p.add_argument("command")
    p.add_argument("--params", default=None)
    sub.add_parser("rename").add_argument("prefix")
    sub.add_parser("purge").add_argument("room_ids", nargs="+")
    args = parser.parse_args(argv)

    logging.basicConfig(level=settings.LOG_LEVEL)
    rooms = LiveRoomService()
    if args.cmd == "serve":
        serve(rooms, args.schedule)
    elif args.cmd == "setup-rules":
        ensure_rule_groups(rooms)
    elif args.cmd == "watch":
        print(wait_until_live(rooms, args.room_id, args.job_id).state)
    elif args.cmd == "stop":
        rooms.stop_live(args.room_id, args.job_id)
        print(wait_until_stopped(rooms, args.room_id, args.job_id).state)
    elif args.cmd == "broadcast":
        broadcast(rooms, args.command, args.params)
    elif args.cmd == "rename":
        rename_rooms(rooms, args.prefix)
    elif args.cmd == "purge":
        purge_rooms(rooms, args.room_ids)


if __name__ == "__main__":
    main()
