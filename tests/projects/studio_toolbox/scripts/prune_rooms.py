"""Delete the rehearsal rooms that nobody streams from any more.

Run from the repository root:  python -m scripts.prune_rooms [--prefix rehearsal-] [--dry-run]
"""
import argparse
import time

from lib import pacing
from lib.feeds import iter_rooms
from lib.metastudio import MetaStudioService


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prefix", default="rehearsal-")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    service = MetaStudioService()

    stale = [
        room
        for room in iter_rooms(service)
        if (room.room_name or "").startswith(args.prefix) and room.last_job_status != "PROCESSING"
    ]
    print(f"{len(stale)} rehearsal rooms to delete")
    if args.dry_run:
        for room in stale:
            print("  ", room.room_id, room.room_name)
        return

    for room in stale:
        service.delete_room(room.room_id)  # expect: MST101
        time.sleep(pacing.ROOM_DELETE_PAUSE_S)
    print("done")


if __name__ == "__main__":
    main()
