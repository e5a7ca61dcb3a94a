"""HTTP endpoints of the live-ops console."""
import asyncio
from typing import List

from fastapi import APIRouter, Depends
from huaweicloudsdkmetastudio.v1 import MetaStudioClient

from app.deps import get_client
from app.services.rooms import RoomService

router = APIRouter()


@router.post("/rooms/{room_id}/jobs/{job_id}/commands")
def broadcast(room_id: str, job_id: str, commands: List[dict], client: MetaStudioClient = Depends(get_client)):
    svc = RoomService(client)
    for body in commands:
        svc.command(room_id, job_id, body)  # expect: MST101
    return {"sent": len(commands)}


@router.get("/rooms")
async def rooms(ids: str, client: MetaStudioClient = Depends(get_client)):
    svc = RoomService(client)
    found = await asyncio.gather(*(asyncio.to_thread(svc.get, room_id) for room_id in ids.split(",")))  # expect: MST102
    return [r.to_dict() for r in found]


@router.post("/rooms/{room_id}/jobs/{job_id}/wait")
def wait_live(room_id: str, job_id: str, client: MetaStudioClient = Depends(get_client)):
    svc = RoomService(client)
    while True:
        state = svc.job_state(room_id, job_id)  # expect: MST103
        if state in ("LIVING", "FAILED"):
            return {"state": state}
