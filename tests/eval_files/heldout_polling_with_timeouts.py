"""Wait helpers used by the release scripts: every poll has a deadline and a pause."""
import asyncio
import os
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    MetaStudioAsyncClient,
    MetaStudioClient,
    Show2DDigitalHumanVideoRequest,
    ShowAsyncTtsJobRequest,
    ShowSmartLiveRequest,
    ShowVoiceTrainingJobRequest,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

POLL_SECONDS = 3
SLOW_POLL = POLL_SECONDS * 10
MAX_WAIT = 15 * 60

creds = BasicCredentials(os.environ["HW_AK"], os.environ["HW_SK"], os.environ["HW_PROJECT"])
client = MetaStudioClient.new_builder().with_credentials(creds).with_region(MetaStudioRegion.CN_NORTH_4).build()
aclient = MetaStudioAsyncClient.new_builder().with_credentials(creds).with_region(MetaStudioRegion.CN_NORTH_4).build()


def wait_tts(job_id, timeout=MAX_WAIT):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = client.show_async_tts_job(ShowAsyncTtsJobRequest(job_id=job_id))
        if job.state in ("FINISHED", "FAILED"):
            return job
        time.sleep(POLL_SECONDS)
    raise TimeoutError("tts job %s" % job_id)


def wait_videos(job_ids):
    """Check all pending renders, then rest; the inner sweep changes job_id every call."""
    pending = set(job_ids)
    results = {}
    started = time.time()
    while pending and time.time() - started < MAX_WAIT:
        # sweep: 10/s <= 20/s (show2_d_digital_human_video); arguments differ per call
        for job_id in sorted(pending):
            job = client.show2_d_digital_human_video(Show2DDigitalHumanVideoRequest(job_id=job_id))
            if job.state in ("SUCCEED", "FAILED", "CANCELED"):
                results[job_id] = job.state
                pending.discard(job_id)
        time.sleep(SLOW_POLL)
    return results


def wait_voice_model(job_id):
    # training takes hours; 30 s between looks
    for _ in range(240):
        job = client.show_voice_training_job(ShowVoiceTrainingJobRequest(job_id=job_id))
        if job.job_state in ("SUCCEED", "FAILED"):
            return job
        time.sleep(SLOW_POLL)
    return None


async def wait_live(room_id, job_id, interval):
    # interval comes from the caller: an unresolved delay is a deliberate throttle
    while True:
        future = aclient.show_smart_live_async(ShowSmartLiveRequest(room_id=room_id, job_id=job_id))
        job = await asyncio.wrap_future(future)
        if job.state != "CREATING":
            return job.state
        await asyncio.sleep(interval)


if __name__ == "__main__":
    print(wait_tts(os.environ["TTS_JOB"]).state)
    print(wait_videos(os.environ["VIDEO_JOBS"].split(",")))
    print(asyncio.run(wait_live(os.environ["ROOM_ID"], os.environ["LIVE_JOB"], float(os.environ.get("LIVE_POLL", "5")))))
