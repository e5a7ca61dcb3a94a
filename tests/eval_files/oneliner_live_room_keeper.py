"""A live-room keeper whose author likes one-liners: while/with/else bodies on the header line."""
import threading
import time

from huaweicloudsdkmetastudio.v1 import (
    ExecuteSmartLiveCommandRequest,
    ListSmartLiveRoomsRequest,
    MetaStudioClient,
    ShowSmartLiveRequest,
)

client = MetaStudioClient.new_builder().build()
lock = threading.Lock()


def push_commands(room_id, job_id):
    # execute_smart_live_command is 4/s in cn-north-4; nothing waits: 10/s > 4/s
    while True: client.execute_smart_live_command(ExecuteSmartLiveCommandRequest(room_id=room_id, job_id=job_id))  # expect: MST101


def push_under_lock(room_id, job_id, commands):
    for cmd in commands:
        with lock: client.execute_smart_live_command(ExecuteSmartLiveCommandRequest(room_id=room_id, job_id=job_id, body=cmd))  # expect: MST101


def push_paced(room_id, job_id, commands):
    # 0.1 s call + 0.5 s sleep on the same line: 1.7/s <= 4/s
    for cmd in commands: client.execute_smart_live_command(ExecuteSmartLiveCommandRequest(room_id=room_id, job_id=job_id, body=cmd)); time.sleep(0.5)


def wait_until_live(room_id, job_id):
    # polls the same query until it is live, no sleep
    while True:
        job = client.show_smart_live(ShowSmartLiveRequest(room_id=room_id, job_id=job_id))  # expect: MST103
        if job.state == "LIVING": break


def refresh_rooms(pages):
    for page in pages:
        if page is None: continue
        else: client.list_smart_live_rooms(ListSmartLiveRoomsRequest(offset=page))
