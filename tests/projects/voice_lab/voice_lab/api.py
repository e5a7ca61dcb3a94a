"""Thin wrappers over the MetaStudio SDK calls the lab makes."""
from __future__ import annotations

import logging
from dataclasses import dataclass

import backoff
from huaweicloudsdkcore.exceptions import exceptions
from huaweicloudsdkmetastudio.v1 import (
    CommitVoiceTrainingJobRequest,
    CreateAsyncTtsJobRequest,
    CreateAsyncTtsJobRequestBody,
    CreateTrainingBasicJobRequest,
    CreateTrainingJobReq,
    CreateTtscVocabularyConfigsRequest,
    DeleteVoiceTrainingJobRequest,
    ListJobOperationLogRequest,
    ListVoiceTrainingJobRequest,
    SetTtscVocabularyConfigsRequestBody,
    ShowAsyncTtsJobRequest,
    ShowJobUploadingAddressRequest,
    ShowVoiceTrainingJobRequest,
)

from voice_lab.clients import training_client, tts_client
from voice_lab.constants import COMMIT_ATTEMPTS

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TrainingSpec:
    voice_name: str
    sex: str
    language: str
    corpus_path: str


class TrainingApi:
    """Voice training endpoints (Shanghai1, next to the corpus buckets)."""

    def __init__(self) -> None:
        self.client = training_client()

    def create_basic_job(self, spec: TrainingSpec) -> str:
        body = CreateTrainingJobReq(voice_name=spec.voice_name, sex=spec.sex, language=spec.language)
        return self.client.create_training_basic_job(CreateTrainingBasicJobRequest(body=body)).job_id

    def upload_address(self, job_id: str) -> str:
        resp = self.client.show_job_uploading_address(ShowJobUploadingAddressRequest(job_id=job_id))
        return resp.upload_url

    def commit(self, job_id: str) -> None:
        """Hand an uploaded job over to review and training."""
        request = CommitVoiceTrainingJobRequest(job_id=job_id)
        for attempt in range(1, COMMIT_ATTEMPTS + 1):
            try:
                self.client.commit_voice_training_job(request)  # expect: MST104
                return
            except exceptions.ClientRequestException as exc:
                if exc.error_code != "APIGW.0308" or attempt == COMMIT_ATTEMPTS:
                    raise
                log.warning("commit of %s throttled (attempt %d/%d), retrying", job_id, attempt,
                            COMMIT_ATTEMPTS)

    def status(self, job_id: str):
        return self.client.show_voice_training_job(ShowVoiceTrainingJobRequest(job_id=job_id))

    def operation_logs(self, job_id: str, offset: int = 0, limit: int = 50) -> list:
        request = ListJobOperationLogRequest(job_id=job_id, offset=offset, limit=limit)
        return list(self.client.list_job_operation_log(request).operate_logs or [])

    def failed_jobs(self, limit: int = 100) -> list:
        request = ListVoiceTrainingJobRequest(state="FAILED", limit=limit)
        return list(self.client.list_voice_training_job(request).data or [])

    def delete(self, job_id: str) -> None:
        self.client.delete_voice_training_job(DeleteVoiceTrainingJobRequest(job_id=job_id))


def _not_throttled(exc: exceptions.ClientRequestException) -> bool:
    return exc.status_code != 429


class TtsApi:
    """Text-to-speech endpoints (Beijing4)."""

    def __init__(self) -> None:
        self.client = tts_client()

    @backoff.on_exception(backoff.expo, exceptions.ClientRequestException, max_tries=5, max_time=60,
                          giveup=_not_throttled)
    def submit(self, text: str, voice_asset_id: str, audio_format: str = "WAV") -> str:
        body = CreateAsyncTtsJobRequestBody(text=text, voice_asset_id=voice_asset_id, audio_format=audio_format)
        return self.client.create_async_tts_job(CreateAsyncTtsJobRequest(body=body)).job_id

    def job(self, job_id: str):
        return self.client.show_async_tts_job(ShowAsyncTtsJobRequest(job_id=job_id))

    def save_vocabulary(self, word: str, pronunciation: str) -> None:
        body = SetTtscVocabularyConfigsRequestBody(key=word, value=pronunciation)
        self.client.create_ttsc_vocabulary_configs(CreateTtscVocabularyConfigsRequest(body=body))
