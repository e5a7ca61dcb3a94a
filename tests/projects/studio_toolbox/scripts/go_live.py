"""Start one room's livestream and wait until it is on air.

Run from the repository root:  python -m scripts.go_live ROOM_ID PUSH_URL STREAM_KEY
"""
import sys
import time

import httpx

from lib import pacing
from lib.metastudio import studio
from lib.rest import LiveRest

MAX_ATTEMPTS = 4
ON_AIR_TIMEOUT_S = 300


def start(rest: LiveRest, room_id, push_url, stream_key):
    for attempt in range(1, MAX_ATTEMPTS + 1):
        try:
            return rest.start_live(room_id, [push_url], [stream_key])  # expect: MST104
        except httpx.HTTPStatusError as err:
            if err.response.status_code != 429 or attempt == MAX_ATTEMPTS:
                raise
            print(f"start of {room_id} throttled (attempt {attempt}), trying again", file=sys.stderr)


def wait_on_air(room_id, job_id):
    deadline = time.monotonic() + ON_AIR_TIMEOUT_S
    while time.monotonic() < deadline:
        job = studio.live_job(room_id, job_id)
        if job.state == "PROCESSING":
            return True
        if job.state in ("FAILED", "BLOCKED"):
            return False
        time.sleep(pacing.LIVE_POLL_S)
    return False


def main(argv):
    if len(argv) != 4:
        sys.exit(__doc__)
    room_id, push_url, stream_key = argv[1:]
    rest = LiveRest()
    try:
        job_id = start(rest, room_id, push_url, stream_key)
    finally:
        rest.close()
    print("job", job_id, "on air" if wait_on_air(room_id, job_id) else "did not come up")


if __name__ == "__main__":
    main(sys.argv)
