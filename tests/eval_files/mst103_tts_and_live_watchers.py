"""Watchers for the voice-over pipeline: async TTS jobs and the smart-live job they feed."""
import asyncio as aio
import logging
import os
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    CreateAsyncTtsJobRequest,
    CreateAsyncTtsJobRequestBody,
    MetaStudioClient,
    ShowAsyncTtsJobRequest,
    ShowSmartLiveRequest,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

log = logging.getLogger("watchers")

LIVE_POLL_S = 10

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
    .with_region(MetaStudioRegion.CN_NORTH_4)
    .build()
)


def synthesize(text: str, voice_asset_id: str) -> str:
    body = CreateAsyncTtsJobRequestBody(text=text, voice_asset_id=voice_asset_id, audio_format="WAV")
    job = client.create_async_tts_job(CreateAsyncTtsJobRequest(body=body))
    req = ShowAsyncTtsJobRequest(job_id=job.job_id)
    while True:
        # the only sleep is conditional (WAITING), PROCESSING spins: busy poll
        resp = client.show_async_tts_job(req)  # expect: MST103
        if resp.state == "SUCCEED":
            return resp.audio_file_url
        if resp.state == "FAILED":
            raise RuntimeError(f"TTS job {job.job_id} failed: {resp.code} {resp.message}")
        if resp.state == "WAITING":
            time.sleep(3)


async def wait_until_live_ends(room_id: str, job_id: str) -> str:
    req = ShowSmartLiveRequest(room_id=room_id, job_id=job_id)
    while True:
        # awaited one at a time: sequential, same query, no delay
        resp = await aio.to_thread(client.show_smart_live, req)  # expect: MST103
        if resp.state not in ("WAITING", "PROCESSING"):
            return resp.state


async def watch_live(room_id: str, job_id: str) -> str:
    req = ShowSmartLiveRequest(room_id=room_id, job_id=job_id)
    while True:
        resp = await aio.to_thread(client.show_smart_live, req)
        if resp.state not in ("WAITING", "PROCESSING"):
            log.info("live job %s ended: %s", job_id, resp.state)
            return resp.state
        # asyncio.sleep under an import alias, resolvable: no finding
        await aio.sleep(LIVE_POLL_S)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(synthesize("Welcome to the spring collection!", os.environ["VOICE_ASSET_ID"]))
    print(aio.run(watch_live(os.environ["ROOM_ID"], os.environ["JOB_ID"])))
