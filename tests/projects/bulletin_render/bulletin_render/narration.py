"""Narration audio for the headlines, made by asynchronous TTS jobs."""
import time
from functools import cached_property

from huaweicloudsdkmetastudio.v1 import (
    CreateAsyncTtsJobRequest,
    CreateAsyncTtsJobRequestBody,
    MetaStudioAsyncClient,
    ShowAsyncTtsJobRequest,
)

from . import config
from .studio import build_async

DONE = ("SUCCEED", "FAILED")


class Narrator:
    def __init__(self, region_id: str = config.REGION):
        self.region_id = region_id

    @cached_property
    def client(self) -> MetaStudioAsyncClient:
        return build_async(self.region_id)

    def synthesize_all(self, lines):
        job_ids = []
        for text in lines:
            body = CreateAsyncTtsJobRequestBody(text=text, voice_asset_id=config.VOICE_ASSET_ID, audio_format="WAV")
            job = self.client.create_async_tts_job_async(CreateAsyncTtsJobRequest(body=body)).result()  # expect: MST101 ~10/s
            job_ids.append(job.job_id)
        return job_ids

    def wait_audio(self, job_id: str) -> str:
        req = ShowAsyncTtsJobRequest(job_id=job_id)
        while True:
            resp = self.client.show_async_tts_job_async(req).result()
            if resp.state in DONE:
                return resp.audio_file_url
            time.sleep(config.POLL_INTERVAL_S)
