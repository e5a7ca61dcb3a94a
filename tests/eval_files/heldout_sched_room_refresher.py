"""Nightly refresher for the shop's live rooms, driven by the standard-library scheduler.

Room updates are staggered with sched.enter (never called in a loop), the heartbeat re-arms
itself with threading.Timer, and a stream is watched by re-entering a check every few seconds.
"""
import os
import sched
import threading
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    CreateSmartLiveRoomReq,
    LiveEvent,
    LiveEventReportRequest,
    MetaStudioClient,
    ReportLiveEventReq,
    ShowSmartLiveRequest,
    UpdateSmartLiveRoomRequest,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

SPACING = 0.5          # seconds between two room updates: 2/s <= 5/s
HEARTBEAT_SECONDS = 5.0
CHECK_EVERY = 3.0

scheduler = sched.scheduler(time.monotonic, time.sleep)
client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["HW_AK"], os.environ["HW_SK"], os.environ["HW_PROJECT"]))
    .with_region(MetaStudioRegion.CN_NORTH_4)
    .build()
)


def refresh_room(room_id, description):
    body = CreateSmartLiveRoomReq(room_name="evening-%s" % room_id[:6], room_description=description)
    client.update_smart_live_room(UpdateSmartLiveRoomRequest(room_id=room_id, body=body))


def plan_refresh(rooms):
    # the loop only books slots; refresh_room runs later, one every SPACING seconds
    for i, (room_id, description) in enumerate(rooms):
        scheduler.enter(i * SPACING, 1, refresh_room, argument=(room_id, description))
    scheduler.run()


class Heartbeat:
    def __init__(self, room_id, job_id, interval=HEARTBEAT_SECONDS):
        self.room_id = room_id
        self.job_id = job_id
        self.interval = interval
        self._timer = None
        self._stopped = threading.Event()

    def _tick(self):
        if self._stopped.is_set():
            return
        event = LiveEvent(timestamp=int(time.time()), type="HEARTBEAT", content="{}")
        client.live_event_report(
            LiveEventReportRequest(
                room_id=self.room_id,
                job_id=self.job_id,
                body=ReportLiveEventReq(total=1, events=[event]),
            )
        )
        self._timer = threading.Timer(self.interval, self._tick)
        self._timer.daemon = True
        self._timer.start()

    def start(self):
        self._tick()

    def stop(self):
        self._stopped.set()
        if self._timer:
            self._timer.cancel()


def watch(room_id, job_id, on_done):
    job = client.show_smart_live(ShowSmartLiveRequest(room_id=room_id, job_id=job_id))
    if job.state in ("FINISHED", "FAILED"):
        on_done(job.state)
        return
    scheduler.enter(CHECK_EVERY, 2, watch, argument=(room_id, job_id, on_done))


if __name__ == "__main__":
    rooms = [line.split("\t", 1) for line in open("rooms.tsv", encoding="utf-8").read().splitlines()]
    plan_refresh(rooms)
    beat = Heartbeat(os.environ["ROOM_ID"], os.environ["JOB_ID"])
    beat.start()
    watch(os.environ["ROOM_ID"], os.environ["JOB_ID"], lambda state: beat.stop())
    scheduler.run()
