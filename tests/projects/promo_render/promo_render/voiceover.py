"""Voice-overs: asynchronous TTS jobs for campaign copy, and previews of the house voices."""
import asyncio

from huaweicloudsdkmetastudio.v1 import (
    CreateAsyncTtsJobRequest,
    CreateAsyncTtsJobRequestBody,
    CreateTtsAuditionRequest,
    CreateTtsAuditionRequestBody,
    ListTtscVocabularyConfigsRequest,
    ShowAsyncTtsJobRequest,
)

from . import settings
from .clients import build_client, studio
from .pacing import tts_limiter

TTS_DONE = ("SUCCEED", "FAILED")

# The three voices marketing may use; a preview of each is made on demand.
HOUSE_VOICES = (
    "5b8bd9c0a3f84a5c9d1e0f2a3b4c5d6e",
    "7c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f",
    "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b",
)


async def _synthesize(line):
    body = CreateAsyncTtsJobRequestBody(
        text=line["text"],
        voice_asset_id=line["voice_asset_id"],
        audio_format="mp3",
        gen_srt=True,
    )
    async with tts_limiter:
        resp = await asyncio.to_thread(studio.create_async_tts_job, CreateAsyncTtsJobRequest(body=body))
    return resp.job_id


async def synthesize_all(lines):
    """Submit one TTS job per line; the shared AsyncLimiter holds the whole batch to 2/s."""
    return await asyncio.gather(*(_synthesize(line) for line in lines))


_poll_slots = asyncio.Semaphore(settings.TTS_POLL_SLOTS)


async def _wait_one(job_id):
    req = ShowAsyncTtsJobRequest(job_id=job_id)
    async with _poll_slots:
        while True:
            resp = await asyncio.to_thread(studio.show_async_tts_job, req)
            if resp.state in TTS_DONE:
                return resp
            await asyncio.sleep(settings.POLL_INTERVAL)


async def wait_all(job_ids):
    """Wait for many TTS jobs; at most TTS_POLL_SLOTS of them are polled at a time."""
    return await asyncio.gather(*(_wait_one(j) for j in job_ids))


def preview_house_voices(text):
    """One audition per house voice: a burst of three calls."""
    jobs = []
    for voice in HOUSE_VOICES:
        body = CreateTtsAuditionRequestBody(text=text, emotion=voice, speed=100, volume=140)
        jobs.append(studio.create_tts_audition(CreateTtsAuditionRequest(body=body)).job_id)
    return jobs


def pronunciation_counts():
    """Custom pronunciations configured in the staging and the production tenant (release check)."""
    counts = {}
    for region in ("cn-north-4", "cn-east-3"):
        resp = build_client(region).list_ttsc_vocabulary_configs(ListTtscVocabularyConfigsRequest(limit=1))
        counts[region] = resp.count
    return counts
