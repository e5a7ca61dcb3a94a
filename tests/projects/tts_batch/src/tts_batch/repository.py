"""Thin wrapper over the MetaStudio TTS APIs used by the batch jobs.

Method names follow the SDK so that grepping the SDK docs finds the wrapper.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from huaweicloudsdkcore.exceptions.exceptions import (
    ClientRequestException,
    ConnectionException,
    RequestTimeoutException,
)
from huaweicloudsdkmetastudio.v1 import (
    CreateAsyncTtsJobRequest,
    CreateAsyncTtsJobRequestBody,
    CreateTtsAuditionRequest,
    CreateTTSAuditionRequestBody,
    CreateTtscVocabularyConfigsRequest,
    ListTtscVocabularyConfigsRequest,
    MetaStudioClient,
    SaveTtscVocabularyConfigsRequest,
    ShowAsyncTtsJobRequest,
    ShowTtsAuditionFileRequest,
    TtscVocabularyConfigs,
)
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_exponential

from tts_batch.clients import get_client
from tts_batch.config import settings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class VocabularyEntry:
    source: str
    target: str
    kind: str = "ALIAS"  # or "PHONETIC_SYMBOL"

    def to_body(self) -> TtscVocabularyConfigs:
        return TtscVocabularyConfigs(key=self.source, value=self.target, type=self.kind)


class TtsRepository:
    def __init__(self, client: MetaStudioClient, voice_asset_id: str) -> None:
        self._client = client
        self._voice = voice_asset_id

    def create_tts_audition(self, text: str, voice_asset_id: Optional[str] = None) -> str:
        body = CreateTTSAuditionRequestBody(text=text, voice_asset_id=voice_asset_id or self._voice)
        resp = self._client.create_tts_audition(CreateTtsAuditionRequest(body=body))
        log.debug("audition job %s for %d chars", resp.job_id, len(text))
        return resp.job_id

    @retry(
        wait=wait_exponential(multiplier=0.5, max=8),
        stop=stop_after_attempt(4),
        retry=retry_if_exception_type(ClientRequestException),
        reraise=True,
    )
    def show_tts_audition_file(self, job_id: str):
        return self._client.show_tts_audition_file(ShowTtsAuditionFileRequest(job_id=job_id))

    # network blips only: a rejected job must not be submitted twice
    @retry(stop=stop_after_attempt(3), retry=retry_if_exception_type((ConnectionException, RequestTimeoutException)))
    def create_async_tts_job(self, text: str) -> str:
        body = CreateAsyncTtsJobRequestBody(text=text, voice_asset_id=self._voice, audio_format="MP3")
        return self._client.create_async_tts_job(CreateAsyncTtsJobRequest(body=body)).job_id

    def show_async_tts_job(self, job_id: str):
        return self._client.show_async_tts_job(ShowAsyncTtsJobRequest(job_id=job_id))

    def create_ttsc_vocabulary_configs(self, entry: VocabularyEntry) -> None:
        self._client.create_ttsc_vocabulary_configs(CreateTtscVocabularyConfigsRequest(body=entry.to_body()))

    def list_ttsc_vocabulary_configs(self, offset: int = 0, limit: int = 50):
        return self._client.list_ttsc_vocabulary_configs(ListTtscVocabularyConfigsRequest(offset=offset, limit=limit))

    @retry(stop=stop_after_attempt(5), retry=retry_if_exception_type(ClientRequestException), reraise=True)
    def save_ttsc_vocabulary_configs(self, vocabulary_id: str, entry: VocabularyEntry) -> None:
        request = SaveTtscVocabularyConfigsRequest(vocabulary_id=vocabulary_id, body=entry.to_body())
        self._client.save_ttsc_vocabulary_configs(request)  # expect: MST104


@lru_cache(maxsize=1)
def default_repository() -> TtsRepository:
    """The repository for the production tenant (one per process)."""
    return TtsRepository(get_client(settings.region), settings.voice_asset_id)
