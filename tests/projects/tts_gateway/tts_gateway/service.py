"""TtsService: synchronous wrapper over the MetaStudio TTS and video APIs."""
import logging
from typing import Iterable, Tuple

from huaweicloudsdkcore.exceptions import exceptions
from huaweicloudsdkmetastudio.v1 import (
    Create2DDigitalHumanVideoReq,
    Create2DDigitalHumanVideoRequest,
    CreateAsyncTtsJobRequest,
    CreateAsyncTtsJobRequestBody,
    CreateTtscVocabularyConfigsRequest,
    MetaStudioClient,
    SaveTtscVocabularyConfigsRequestBody,
    ShowAsyncTtsJobRequest,
    VoiceConfig,
)
from tenacity import retry, retry_if_exception_type, stop_after_attempt

from tts_gateway import presets

log = logging.getLogger(__name__)


class TtsService:
    def __init__(self, client: MetaStudioClient):
        self._client = client

    def submit(self, text: str, voice_asset_id: str = presets.DEFAULT_TTS_VOICE_ID, speed: int = 100) -> str:
        body = CreateAsyncTtsJobRequestBody(text=text, voice_asset_id=voice_asset_id, speed=speed,
                                            audio_format="WAV", gen_srt=True)
        return self._client.create_async_tts_job(CreateAsyncTtsJobRequest(body=body)).job_id

    def status(self, job_id: str):
        return self._client.show_async_tts_job(ShowAsyncTtsJobRequest(job_id=job_id))

    def register_pronunciations(self, pairs: Iterable[Tuple[str, str]]) -> None:
        for word, reading in pairs:
            body = SaveTtscVocabularyConfigsRequestBody(type="CHINESE_G2P", key=word, value=reading)
            self._client.create_ttsc_vocabulary_configs(CreateTtscVocabularyConfigsRequest(body=body))
            log.info("pronunciation registered for %s", word)

    def explainer_clip(self, script_id: str, model_asset_id: str) -> str:
        voice = VoiceConfig(voice_asset_id=presets.NARRATOR_VOICE_ID, speed=100)
        return self._render(script_id, model_asset_id, voice)

    def promo_clip(self, script_id: str, model_asset_id: str) -> str:
        voice = VoiceConfig(voice_asset_id=presets.PROMO_VOICE_ID, speed=115)
        return self._render(script_id, model_asset_id, voice)

    @retry(stop=stop_after_attempt(3), retry=retry_if_exception_type(exceptions.ClientRequestException),
           reraise=True)
    def _render(self, script_id: str, model_asset_id: str, voice: VoiceConfig) -> str:
        body = Create2DDigitalHumanVideoReq(script_id=script_id, model_asset_id=model_asset_id, voice_config=voice)
        return self._client.create2_d_digital_human_video(Create2DDigitalHumanVideoRequest(body=body)).job_id  # expect: MST104
