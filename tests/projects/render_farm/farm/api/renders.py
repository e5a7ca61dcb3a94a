"""HTTP endpoints of the render farm."""
from fastapi import APIRouter, Depends

from farm.services import VideoService
from farm.wiring import get_video

router = APIRouter()


@router.post("/renders/{job_id}/wait")
def wait(job_id: str, svc: VideoService = Depends(get_video)):
    while True:
        result = svc.status(job_id)  # expect: MST103 ~10/s
        if result.state in ("SUCCEED", "FAILED"):
            return {"state": result.state}


@router.post("/renders")
def submit(body: dict, svc: VideoService = Depends(get_video)):
    return svc.submit(body)
