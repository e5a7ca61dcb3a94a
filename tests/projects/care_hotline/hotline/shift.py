"""Open and close a hotline shift: one chat session per desk room."""
import logging
import time
from concurrent.futures import ThreadPoolExecutor

from hotline import settings
from hotline.rooms import primary_rooms

log = logging.getLogger(__name__)

STOP_PAUSE_S = 0.3   # 0.1 s call + 0.3 s: 2.5 stops/s, under Shanghai's 3/s


def open_shift(desks):
    """desks: (room_id, robot_id) pairs read from the shift roster."""
    futures = []
    with ThreadPoolExecutor(max_workers=settings.SESSION_WORKERS) as pool:
        for room_id, robot_id in desks:
            futures.append(pool.submit(primary_rooms.start_session, room_id, robot_id))  # expect: MST102 ~40/s
    return [f.result() for f in futures]


def wait_until_chatting(room_id, timeout_s=90):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if primary_rooms.running_jobs(room_id):  # expect: MST103
            return True
        log.debug("room %s has no running chat job yet", room_id)
    raise TimeoutError(f"room {room_id} did not start chatting")


def close_shift(sessions):
    """sessions: (room_id, job_id) pairs returned by open_shift."""
    for room_id, job_id in sessions:
        primary_rooms.stop_session(room_id, job_id)
        time.sleep(STOP_PAUSE_S)
