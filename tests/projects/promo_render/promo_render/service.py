"""HTTP front (FastAPI) and background workers (Celery) of the render pipeline."""
from celery import Celery, shared_task
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from . import render, voiceover

api = FastAPI(title="promo-render")
celery_app = Celery("promo_render", broker="redis://redis:6379/3")


class VideoIn(BaseModel):
    script_id: str
    model_asset_id: str
    voice_asset_id: str


class PreviewIn(BaseModel):
    text: str


@api.post("/videos")
def start_video(payload: VideoIn):
    """One render job per request."""
    job = render.submit_video(payload.script_id, payload.model_asset_id, payload.voice_asset_id)
    return {"job_id": job.job_id}


@api.get("/videos/{job_id}")
def video_status(job_id: str):
    job = render.fetch_video(job_id)
    if job is None:
        raise HTTPException(status_code=404)
    return {"job_id": job.job_id, "state": job.state, "duration": job.duration}


@api.post("/voices/preview")
def preview_voices(payload: PreviewIn):
    return {"jobs": voiceover.preview_house_voices(payload.text)}


@shared_task(rate_limit="4/m", acks_late=True)
def render_script(script_id, model_asset_id, voice_asset_id):
    """Render one script; each worker starts at most 4 renders a minute."""
    return render.submit_video(script_id, model_asset_id, voice_asset_id).job_id


def enqueue_campaign(script_ids, model_asset_id, voice_asset_id):
    for sid in script_ids:
        render_script.delay(sid, model_asset_id, voice_asset_id)
