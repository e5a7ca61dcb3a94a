"""TTS wrapper: awaitable helpers around the MetaStudio async client."""
import asyncio

from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException
from huaweicloudsdkmetastudio.v1 import (
    CreateAsyncTtsJobRequest,
    CreateAsyncTtsJobRequestBody,
    CreateTtsAuditionRequest,
    CreateTtsAuditionRequestBody,
    ShowAsyncTtsJobRequest,
)


class TtsService:
    def __init__(self, client, async_client):
        self._client = client
        self._async_client = async_client

    async def create_async_tts_job(self, req):
        return await asyncio.wrap_future(self._async_client.create_async_tts_job_async(req))

    async def show_async_tts_job(self, job_id):
        req = ShowAsyncTtsJobRequest(job_id=job_id)
        for _ in range(3):
            try:
                return await asyncio.wrap_future(self._async_client.show_async_tts_job_async(req))  # expect: MST104 @50
            except ClientRequestException as exc:
                if exc.status_code != 429:
                    raise
        raise RuntimeError("TTS job %s: still throttled after 3 attempts" % job_id)

    def create_tts_audition(self, text, voice_id):
        body = CreateTtsAuditionRequestBody(text=text, emotion=voice_id)
        return self._client.create_tts_audition(CreateTtsAuditionRequest(body=body))


def tts_request(text, voice_asset_id, audio_format="mp3"):
    body = CreateAsyncTtsJobRequestBody(text=text, voice_asset_id=voice_asset_id, audio_format=audio_format)
    return CreateAsyncTtsJobRequest(body=body)
