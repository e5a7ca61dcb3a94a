"""Long-form narration through asynchronous TTS jobs (chapters, articles)."""
from huaweicloudsdkmetastudio.v1 import CreateAsyncTtsJobRequest, CreateAsyncTtsJobRequestBody, ShowAsyncTtsJobRequest

from .base import NarrationEngine


class AsyncTtsEngine(NarrationEngine):
    def submit(self, text: str, voice: str) -> str:
        body = CreateAsyncTtsJobRequestBody(text=text, voice_asset_id=voice, audio_format="MP3", gen_srt=True)
        return self._invoke("create_async_tts_job", CreateAsyncTtsJobRequest(body=body)).job_id

    def status(self, job_id: str):
        resp = self._invoke("show_async_tts_job", ShowAsyncTtsJobRequest(job_id=job_id))
        return resp.state, resp.audio_file_url
