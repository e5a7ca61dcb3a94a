"""Block until a live room is ready to stream: python -m scripts.wait_room ROOM_ID."""
import sys

from gateway.http import live_room


def wait_ready(room_id):
    while True:
        state = live_room(room_id).json().get("room_state")  # expect: MST103
        if state == "READY":
            return
        if state == "FAILED":
            raise SystemExit("room failed")


if __name__ == "__main__":
    wait_ready(sys.argv[1])
