"""HTTP front-end (FastAPI)."""
from functools import lru_cache
from typing import List

from fastapi import Depends, FastAPI
from pydantic import BaseModel

from voice_factory import config
from voice_factory.batch import wait_for_job
from voice_factory.clients import build_async_client, build_client
from voice_factory.tts import TtsService, tts_request

app = FastAPI(title="voice-factory")


class AuditionBatch(BaseModel):
    texts: List[str]
    voice_id: str


class JobIn(BaseModel):
    text: str
    voice_asset_id: str = config.DEFAULT_VOICE_ASSET_ID


@lru_cache(maxsize=1)
def get_service() -> TtsService:
    return TtsService(build_client(), build_async_client())


@app.post("/auditions")
def create_auditions(payload: AuditionBatch, service: TtsService = Depends(get_service)):
    job_ids = []
    for text in payload.texts:
        job_ids.append(service.create_tts_audition(text, payload.voice_id).job_id)  # expect: MST101 ~10/s @24
    return {"job_ids": job_ids}


@app.post("/jobs")
async def create_job(payload: JobIn, service: TtsService = Depends(get_service)):
    resp = await service.create_async_tts_job(tts_request(payload.text, payload.voice_asset_id))
    return {"job_id": resp.job_id}


@app.get("/jobs/{job_id}")
async def job_status(job_id: str, wait: bool = False, service: TtsService = Depends(get_service)):
    resp = await (wait_for_job(service, job_id) if wait else service.show_async_tts_job(job_id))
    return {"state": resp.state, "audio_file_url": resp.audio_file_url}
