"""Blocking TTS helpers (the bot calls them from its event loop)."""
from huaweicloudsdkmetastudio.v1 import (
    CreateAsyncTtsJobRequest,
    CreateAsyncTtsJobRequestBody,
    ShowAsyncTtsJobRequest,
)

from .clients import CLIENTS
from .constants import NARRATOR_VOICE


def submit_tts(text, voice=NARRATOR_VOICE):
    body = CreateAsyncTtsJobRequestBody(text=text, voice_asset_id=voice, audio_format="mp3")
    return CLIENTS["bj"].create_async_tts_job(CreateAsyncTtsJobRequest(body=body)).job_id


def job_status(job_id):
    return CLIENTS["bj"].show_async_tts_job(ShowAsyncTtsJobRequest(job_id=job_id))
