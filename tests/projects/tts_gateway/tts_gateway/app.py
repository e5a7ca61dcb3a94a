"""FastAPI application: the content team's TTS gateway."""
import contextlib
from dataclasses import dataclass
from typing import List, Optional

from fastapi import BackgroundTasks, Depends, FastAPI

from tts_gateway import jobs, presets
from tts_gateway.batcher import TtsBatcher, TtsItem
from tts_gateway.deps import get_service
from tts_gateway.service import TtsService

batcher = TtsBatcher()


@contextlib.asynccontextmanager
async def lifespan(app: FastAPI):
    get_service().register_pronunciations(presets.BRAND_PRONUNCIATIONS)
    await batcher.start()
    yield
    await batcher.stop()


app = FastAPI(title="tts-gateway", lifespan=lifespan)


@dataclass
class BatchRequest:
    paragraphs: List[str]
    callback_url: str
    voice_asset_id: str = presets.DEFAULT_TTS_VOICE_ID


@dataclass
class EnqueueRequest:
    text: str
    voice_asset_id: str = presets.DEFAULT_TTS_VOICE_ID
    callback_url: Optional[str] = None


@dataclass
class ClipRequest:
    script_id: str
    model_asset_id: str
    promo: bool = False


@app.post("/tts/batch", status_code=202)
def create_batch(req: BatchRequest, background_tasks: BackgroundTasks, svc: TtsService = Depends(get_service)):
    background_tasks.add_task(jobs.synthesize_batch, svc, req.paragraphs, req.voice_asset_id, req.callback_url)
    return {"accepted": len(req.paragraphs)}


@app.post("/tts/queue", status_code=202)
async def enqueue(req: EnqueueRequest):
    await batcher.put(TtsItem(req.text, req.voice_asset_id, req.callback_url))
    return {"queued": batcher.queue.qsize()}


@app.get("/tts/jobs/{job_id}/wait")
def wait(job_id: str, svc: TtsService = Depends(get_service)):
    job = jobs.wait_for_job(svc, job_id)
    return {"job_id": job_id, "state": job.state, "audio_url": job.audio_file_url}


@app.get("/tts/jobs")
async def statuses(ids: str):
    return await jobs.refresh_statuses([i for i in ids.split(",") if i])


@app.post("/clips", status_code=202)
def create_clip(req: ClipRequest, svc: TtsService = Depends(get_service)):
    if req.promo:
        job_id = svc.promo_clip(req.script_id, req.model_asset_id)
    else:
        job_id = svc.explainer_clip(req.script_id, req.model_asset_id)
    return {"job_id": job_id}
