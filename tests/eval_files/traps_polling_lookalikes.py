"""Job tracking that looks like busy polling but is not. Expected: no finding."""
import logging
import time
from asyncio import sleep as asleep, to_thread

from huaweicloudsdkmetastudio.v1 import (
    ListDigitalHumanVideoRequest,
    MetaStudioClient,
    Show2DDigitalHumanVideoRequest,
    ShowPhotoDigitalHumanVideoRequest,
)

log = logging.getLogger(__name__)

TERMINAL = {"SUCCEED", "FAILED", "CANCELED"}
ROUND_PAUSE_S = 5


def drain(client: MetaStudioClient, job_ids: list) -> dict:
    """Each iteration asks about a different job: the arguments change, so this is not polling."""
    pending, states = list(job_ids), {}
    while pending:
        job_id = pending.pop()
        # 10/s <= 20/s (show2_d_digital_human_video)
        states[job_id] = client.show2_d_digital_human_video(Show2DDigitalHumanVideoRequest(job_id=job_id)).state
    return states


def wait_all(client: MetaStudioClient, job_ids: list) -> dict:
    unfinished, done = set(job_ids), {}
    while unfinished:
        for job_id in sorted(unfinished):
            # inner loop: a different job each time, 10/s <= 20/s
            state = client.show2_d_digital_human_video(Show2DDigitalHumanVideoRequest(job_id=job_id)).state
            if state in TERMINAL:
                done[job_id] = state
        unfinished -= set(done)
        time.sleep(ROUND_PAUSE_S)
    return done


def recent_failures(client: MetaStudioClient, since: str) -> list:
    out, offset = [], 0
    while True:
        page = client.list_digital_human_video(
            ListDigitalHumanVideoRequest(state="FAILED", create_since=since, offset=offset, limit=50)
        )
        out.extend(page.jobs or [])
        offset += 50
        if offset >= (page.count or 0):
            return out


async def wait_photo_video(client: MetaStudioClient, job_id: str) -> str:
    req = ShowPhotoDigitalHumanVideoRequest(job_id=job_id)
    while True:
        resp = await to_thread(client.show_photo_digital_human_video, req)
        if resp.state in TERMINAL:
            return resp.state
        await asleep(3)


def wait_celery(result) -> None:
    while not result.ready():
        pass
