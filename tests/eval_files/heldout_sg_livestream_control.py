"""Control loop for the Singapore night-market stream: starts the rooms, relays chat to the avatar,
reports viewer events and rotates scripts. Runs in ap-southeast-3, where most limits are 3/s."""
import os
import queue
import threading
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.exceptions import exceptions
from huaweicloudsdkcore.region.region import Region
from huaweicloudsdkmetastudio.v1 import (
    ControlSmartLiveReq,
    ExecuteSmartLiveCommandRequest,
    LiveEvent,
    LiveEventReportRequest,
    MetaStudioClient,
    ReportLiveEventReq,
    StartSmartLiveReq,
    StartSmartLiveRequest,
)

SG = Region("ap-southeast-3", "https://metastudio.ap-southeast-3.myhuaweicloud.com")
ROTATE_SECONDS = 30
EVENT_PAUSE = 0.2

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["HW_AK"], os.environ["HW_SK"], os.environ["HW_PROJECT"]))
    .with_region(SG)
    .build()
)
chat_inbox = queue.Queue()
started_jobs = {}


def start_room(room_id):
    job = client.start_smart_live(StartSmartLiveRequest(room_id=room_id, body=StartSmartLiveReq()))
    started_jobs[room_id] = job.job_id


def clear_pending_inserts(room_id, job_id):
    cmd = ControlSmartLiveReq(command="CLEAN_UP_INSERT_COMMAND", params={})
    while True:
        try:
            return client.execute_smart_live_command(  # expect: MST104
                ExecuteSmartLiveCommandRequest(room_id=room_id, job_id=job_id, body=cmd)
            )
        except exceptions.ClientRequestException as err:
            if err.status_code == 429 or err.error_code == "APIGW.0308":
                continue  # throttled: try again straight away
            raise


def start_all(room_ids):
    # one thread per room, count unknown: 32 x 10/s = 320/s > 3/s (start_smart_live, ap-southeast-3)
    threads = [threading.Thread(target=start_room, args=(r,)) for r in room_ids]  # expect: MST102 ~320/s
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def relay_chat(room_id, job_id):
    while True:
        message = chat_inbox.get()
        if message is None:
            return
        cmd = ControlSmartLiveReq(command="INSERT_PLAY_SCRIPT", params={"text": message["reply"]})
        # back to back: 10/s > 3/s (execute_smart_live_command, ap-southeast-3)
        client.execute_smart_live_command(ExecuteSmartLiveCommandRequest(room_id=room_id, job_id=job_id, body=cmd))  # expect: MST101 ~10/s @9


def report_events(room_id, job_id, events):
    for event in events:
        report = ReportLiveEventReq(total=1, events=[LiveEvent(timestamp=event["ts"], type=event["type"], content=event["body"])])
        # 1 / (0.1 s + 0.2 s) = 3.3/s > 3/s in ap-southeast-3 (would be fine at cn-north-4's 4/s)
        client.live_event_report(LiveEventReportRequest(room_id=room_id, job_id=job_id, body=report))  # expect: MST101 ~3.3/s @9
        time.sleep(EVENT_PAUSE)


def rotate_scripts(room_id, job_id, scripts, stop):
    while not stop.is_set():
        for script in scripts:
            cmd = ControlSmartLiveReq(command="REWRITE_PLAY_SCRIPT", params=script)
            client.execute_smart_live_command(ExecuteSmartLiveCommandRequest(room_id=room_id, job_id=job_id, body=cmd))
            time.sleep(ROTATE_SECONDS)  # 1 / 30.1 s


if __name__ == "__main__":
    rooms = os.environ["SG_ROOMS"].split(",")
    start_all(rooms)
    stop = threading.Event()
    first = rooms[0]
    threading.Thread(target=rotate_scripts, args=(first, started_jobs[first], [{"scene": 1}], stop), daemon=True).start()
    relay_chat(first, started_jobs[first])
    clear_pending_inserts(first, started_jobs[first])
