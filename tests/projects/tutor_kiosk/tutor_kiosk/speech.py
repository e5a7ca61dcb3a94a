"""TTS helpers: timbre previews for the console team and narration of lesson texts."""
import time

from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException, ServerResponseException
from huaweicloudsdkmetastudio.v1 import (
    CreateAsyncTtsJobRequest,
    CreateAsyncTtsJobRequestBody,
    CreateTtsAuditionRequest,
    CreateTtsAuditionRequestBody,
    MetaStudioClient,
    ShowAsyncTtsJobRequest,
    ShowTtsAuditionFileRequest,
    ShowTtsAuditionFileResponse,
)
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_exponential

from tutor_kiosk import config

_RETRYABLE = retry_if_exception_type((ClientRequestException, ServerResponseException))


class SpeechService:
    def __init__(self, client: MetaStudioClient):
        self._client = client

    @retry(wait=wait_exponential(multiplier=1, max=20), stop=stop_after_attempt(5), retry=_RETRYABLE, reraise=True)
    def start_audition(self, text: str, timbre: str) -> str:
        body = CreateTtsAuditionRequestBody(text=text, emotion=timbre, speed=100, volume=140)
        return self._client.create_tts_audition(CreateTtsAuditionRequest(body=body)).job_id

    def audition_result(self, job_id: str) -> ShowTtsAuditionFileResponse:
        return self._client.show_tts_audition_file(ShowTtsAuditionFileRequest(job_id=job_id))

    @retry(wait=wait_exponential(multiplier=1, max=20), stop=stop_after_attempt(5), retry=_RETRYABLE, reraise=True)
    def submit_narration(self, text: str) -> str:
        body = CreateAsyncTtsJobRequestBody(
            text=text, voice_asset_id=config.TUTOR_TIMBRE, audio_format="mp3", gen_srt=True
        )
        return self._client.create_async_tts_job(CreateAsyncTtsJobRequest(body=body)).job_id

    def wait_for_audio(self, job_id: str, timeout_s: float = 900) -> str:
        request = ShowAsyncTtsJobRequest(job_id=job_id)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            job = self._client.show_async_tts_job(request)
            if job.state == "SUCCEED":
                return job.audio_file_url
            if job.state == "FAILED":
                raise RuntimeError(f"TTS job {job_id} failed: {job.code} {job.message}")
            time.sleep(config.TTS_POLL_SECONDS)
        raise TimeoutError(f"TTS job {job_id} still running after {timeout_s} s")
