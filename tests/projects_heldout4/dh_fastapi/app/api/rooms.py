"""HTTP endpoints of the dialog service."""
import asyncio
from typing import List

from fastapi import APIRouter, Depends

from app.deps import get_chat_service, get_knowledge_service
from app.services.chat import ChatService
from app.services.knowledge import KnowledgeService

router = APIRouter()


@router.post("/apps")
def create_app(name: str, cbs_project_id: str, chat: ChatService = Depends(get_chat_service)) -> dict:
    return {"robot_id": chat.create_app(name, cbs_project_id)}


@router.post("/rooms")
def create_room(name: str, robot_id: str, chat: ChatService = Depends(get_chat_service)) -> dict:
    return {"room_id": chat.create_room(name, robot_id)}


@router.get("/rooms/status")
async def rooms_status(room_ids: List[str], chat: ChatService = Depends(get_chat_service)) -> list:
    rooms = await asyncio.gather(*[asyncio.to_thread(chat.room, rid) for rid in room_ids])  # expect: MST102
    return [r.room_name for r in rooms]


@router.post("/skills")
def add_skill(name: str, kb: KnowledgeService = Depends(get_knowledge_service)) -> dict:
    return {"skill_id": kb.add_skill(name)}
