"""/videos: render avatar videos from saved scripts and follow their progress."""
from __future__ import annotations

import asyncio
import logging
import time

from fastapi import APIRouter, Depends, HTTPException

from app.concurrency import CANCEL_LIMITER
from app.deps import get_video_service
from app.schemas import BatchRender, CancelResult, JobIds, RenderAccepted, VideoStatus
from app.services.base import StudioError
from app.services.video import VideoService

log = logging.getLogger(__name__)
router = APIRouter(prefix="/videos", tags=["videos"])

TERMINAL_STATES = frozenset({"SUCCEED", "FAILED", "CANCELED"})
WAIT_TIMEOUT_S = 120.0
QUEUED_POLL_S = 3.0


@router.post("/batch", status_code=202, response_model=list[RenderAccepted])
def render_batch(payload: BatchRender, svc: VideoService = Depends(get_video_service)) -> list[RenderAccepted]:
    accepted: list[RenderAccepted] = []
    for item in payload.items:
        job_id = svc.render_from_script(item.script_id, item.title)  # expect: MST101 ~5/s
        accepted.append(RenderAccepted(script_id=item.script_id, job_id=job_id))
    log.info("accepted %d renders", len(accepted))
    return accepted


@router.get("/{job_id}/wait", response_model=VideoStatus)
async def wait_for_video(job_id: str, svc: VideoService = Depends(get_video_service)) -> VideoStatus:
    """Long-poll until the render finishes (the front-end shows a spinner meanwhile)."""
    deadline = time.monotonic() + WAIT_TIMEOUT_S
    while time.monotonic() < deadline:
        job = svc.job_status(job_id)  # expect: MST103
        if job.state in TERMINAL_STATES:
            return VideoStatus(job_id=job_id, state=job.state, duration_s=job.duration)
        if job.state == "WAITING":
            # queued behind other renders: no point in asking again right away
            await asyncio.sleep(QUEUED_POLL_S)
    raise HTTPException(status_code=504, detail=f"video job {job_id} still running")


@router.post("/cancel", response_model=CancelResult)
def cancel_waiting(payload: JobIds, svc: VideoService = Depends(get_video_service)) -> CancelResult:
    cancelled: list[str] = []
    skipped: list[str] = []
    for job_id in payload.job_ids:
        CANCEL_LIMITER.try_acquire("cancel2_d_digital_human_video")
        try:
            svc.cancel(job_id)
        except StudioError as exc:
            log.info("job %s not cancelled: %s", job_id, exc)
            skipped.append(job_id)
            continue
        cancelled.append(job_id)
    return CancelResult(cancelled=cancelled, skipped=skipped)
