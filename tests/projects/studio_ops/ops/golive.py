"""Starts a room and waits until it is live (mentions no SDK)."""
import functools

from ops.services import LiveService
from ops.waiting import poll_until, wait_until

live = LiveService()


def go_live(room_id, job_id):
    wait_until(functools.partial(live.job, room_id, job_id), lambda r: r.state == "LIVE")


def go_live_politely(room_id, job_id):
    return poll_until(lambda: live.job(room_id, job_id), lambda r: r.state == "LIVE")
