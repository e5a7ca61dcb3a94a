"""Live rooms of the Beijing shop: rehearsal rooms, starting shows, job states."""
import asyncio
import logging

from huaweicloudsdkcore.exceptions import exceptions
from huaweicloudsdkmetastudio.v1 import (
    CreateSmartLiveRoomReq,
    CreateSmartLiveRoomRequest,
    LiveJobRunConfig,
    LiveVideoScriptInfo,
    PlayPolicy,
    ShowSmartLiveRequest,
    ShowSmartLiveRoomRequest,
    StartSmartLiveReq,
    StartSmartLiveRequest,
)
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_fixed

from .sdk import bj
from .throttle import nap

log = logging.getLogger(__name__)

LIVE_STATES = ("PROCESSING",)
ENDED_STATES = ("SUCCEED", "FAILED", "BLOCKED")
REHEARSAL_ROOMS = 3


def create_rehearsal_rooms(script_id, model_asset_id):
    """Three identical rooms for the Monday rehearsal: a burst of three calls."""
    room_ids = []
    for n in range(REHEARSAL_ROOMS):
        body = CreateSmartLiveRoomReq(
            room_name=f"rehearsal-{n + 1}",
            room_type="NORMAL",
            scene_scripts=[LiveVideoScriptInfo(script_name="main", model_asset_id=model_asset_id)],
            play_policy=PlayPolicy(repeat_count=1, auto_play_script=True),
            priv_data=script_id,
        )
        room_ids.append(bj.create_smart_live_room(CreateSmartLiveRoomRequest(body=body)).room_id)
    return room_ids


@retry(wait=wait_fixed(2), stop=stop_after_attempt(4), retry=retry_if_exception_type(exceptions.ClientRequestException))
def start_show(room_id):
    body = StartSmartLiveReq(play_policy=PlayPolicy(repeat_count=-1), job_run_config=LiveJobRunConfig(single_job_in_room=True))
    return bj.start_smart_live(StartSmartLiveRequest(room_id=room_id, body=body)).job_id


def wait_until_live(room_id, job_id, max_polls=150):
    """Poll the new live job until it streams (or ends), sleeping POLL_SECONDS between polls."""
    req = ShowSmartLiveRequest(room_id=room_id, job_id=job_id)
    for _ in range(max_polls):
        job = bj.show_smart_live(req)
        if job.state in LIVE_STATES or job.state in ENDED_STATES:
            return job
        nap()
    raise TimeoutError(f"live job {job_id} of room {room_id} did not start")


_status_slots = asyncio.Semaphore(2)


async def _job_state(room_id, job_id):
    req = ShowSmartLiveRequest(room_id=room_id, job_id=job_id)
    async with _status_slots:
        job = await asyncio.to_thread(bj.show_smart_live, req)
    return room_id, job.state


async def dashboard_states(jobs):
    """State of every running show for the ops dashboard; two requests in flight at most."""
    pairs = await asyncio.gather(*(_job_state(room_id, job_id) for room_id, job_id in jobs))
    return dict(pairs)


def room_or_none(room_id):
    """Room details, or None when the room was deleted meanwhile."""
    req = ShowSmartLiveRoomRequest(room_id=room_id)
    while True:
        try:
            room = bj.show_smart_live_room(req)
        except exceptions.ClientRequestException as exc:
            if exc.status_code == 404:
                return None
            raise
        break
    return room
