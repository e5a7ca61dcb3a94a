"""Command-line entry point: ``python -m anyio_tools.main <command> ...``."""
import argparse
import asyncio
import csv
import json
import sys

import anyio

from anyio_tools import bulk, poll, rooms, workers


def _parser():
    parser = argparse.ArgumentParser(prog="anyio-tools")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("refresh")
    p.add_argument("rooms", nargs="+")
    sub.add_parser("summary")
    p = sub.add_parser("go-live")
    p.add_argument("rooms", nargs="+")
    p = sub.add_parser("publish")
    p.add_argument("catalogue")
    p = sub.add_parser("reprice")
    p.add_argument("prices_json")
    p = sub.add_parser("archive")
    p.add_argument("assets", nargs="+")
    p = sub.add_parser("tts")
    p.add_argument("script")
    p = sub.add_parser("wait")
    p.add_argument("job_id")
    return parser


async def go_live(room_ids):
    live_sem = asyncio.Semaphore(3)
    return await asyncio.gather(*(workers.start_live(live_sem, room_id) for room_id in room_ids))  # expect: MST102 ~5.0/s


async def publish(path):
    with open(path, newline="", encoding="utf-8") as fh:
        products = list(csv.DictReader(fh))
    publish_sem = asyncio.Semaphore(2)
    return await asyncio.gather(*(workers.publish_product(publish_sem, row) for row in products))


async def run(args):
    if args.command == "refresh":
        print(json.dumps(await rooms.refresh_rooms(args.rooms)))
    elif args.command == "summary":
        print(json.dumps(await rooms.room_summary()))
    elif args.command == "go-live":
        print("\n".join(await go_live(args.rooms)))
    elif args.command == "publish":
        print("\n".join(await publish(args.catalogue)))
    elif args.command == "reprice":
        with open(args.prices_json, encoding="utf-8") as fh:
            print(await bulk.reprice(json.load(fh)))
    elif args.command == "archive":
        await bulk.archive_assets(args.assets)
    elif args.command == "tts":
        with open(args.script, encoding="utf-8") as fh:
            print("\n".join(bulk.tts_previews([line.strip() for line in fh if line.strip()])))
    elif args.command == "wait":
        print(await poll.wait_for_video(args.job_id))


def main(argv=None):
    args = _parser().parse_args(argv)
    anyio.run(run, args, backend="asyncio")
    return 0


if __name__ == "__main__":
    sys.exit(main())
