"""Renderer: the video-production and TTS calls the batch jobs need."""
from huaweicloudsdkcore.exceptions import exceptions
from huaweicloudsdkmetastudio.v1 import (
    Create2DDigitalHumanVideoReq,
    Create2DDigitalHumanVideoRequest,
    CreateAsyncTtsJobRequest,
    CreateAsyncTtsJobRequestBody,
    OutputAssetConfig,
    ShootScript,
    ShootScriptItem,
    Show2DDigitalHumanVideoRequest,
    Show2DDigitalHumanVideoResponse,
    TextConfig,
    VoiceConfig,
)
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_exponential

from . import settings
from .clients import build_client

TERMINAL_STATES = frozenset({"SUCCEED", "FAILED", "CANCELED", "BLOCK"})


def video_body(title: str, script: str) -> Create2DDigitalHumanVideoReq:
    shot = ShootScript(script_type="TEXT", text_config=TextConfig(text=script))
    return Create2DDigitalHumanVideoReq(
        model_asset_id=settings.MODEL_ASSET_ID,
        voice_config=VoiceConfig(voice_asset_id=settings.VOICE_ASSET_ID, speed=100),
        shoot_scripts=[ShootScriptItem(sequence_no=0, shoot_script=shot)],
        output_asset_config=OutputAssetConfig(asset_name=title),
    )


class Renderer:
    """Stateless wrapper; every Renderer of a process shares one client."""

    client = build_client(settings.REGION)

    @retry(
        wait=wait_exponential(multiplier=1, max=30),
        stop=stop_after_attempt(5),
        retry=retry_if_exception_type(exceptions.ClientRequestException),
        reraise=True,
    )
    def submit(self, body: Create2DDigitalHumanVideoReq) -> str:
        resp = self.client.create2_d_digital_human_video(Create2DDigitalHumanVideoRequest(body=body))
        return resp.job_id

    def job(self, job_id: str) -> Show2DDigitalHumanVideoResponse:
        return self.client.show2_d_digital_human_video(Show2DDigitalHumanVideoRequest(job_id=job_id))

    def state(self, job_id: str) -> str:
        return self.job(job_id).state

    def narrate(self, text: str) -> str:
        body = CreateAsyncTtsJobRequestBody(text=text, voice_asset_id=settings.VOICE_ASSET_ID, audio_format="MP3")
        return self.client.create_async_tts_job(CreateAsyncTtsJobRequest(body=body)).job_id
