"""HTTP API the studio console calls during a broadcast."""
import asyncio
from typing import List

from fastapi import APIRouter, Depends, FastAPI
from pydantic import BaseModel

from liveops.deps import get_room_service
from liveops.services.rooms import LiveRoomService

router = APIRouter(prefix="/rooms")


class Target(BaseModel):
    room_id: str
    job_id: str


class Announcement(BaseModel):
    text: str
    targets: List[Target]


@router.post("/announce")
def announce(body: Announcement, rooms: LiveRoomService = Depends(get_room_service)):
    sent = 0
    for target in body.targets:
        rooms.say(target.room_id, target.job_id, body.text)  # expect: MST101 ~10/s
        sent += 1
    return {"sent": sent}


@router.post("/status")
async def status(targets: List[Target], rooms: LiveRoomService = Depends(get_room_service)):
    results = await asyncio.gather(*(asyncio.to_thread(rooms.status, t.room_id, t.job_id) for t in targets))  # expect: MST102 ~320/s
    return [r.to_dict() for r in results]


@router.get("/{room_id}/jobs/{job_id}")
def one_status(room_id: str, job_id: str, rooms: LiveRoomService = Depends(get_room_service)):
    return rooms.status(room_id, job_id).to_dict()


app = FastAPI()
app.include_router(router)
