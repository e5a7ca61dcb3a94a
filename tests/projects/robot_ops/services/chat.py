"""Dialog (smart chat) jobs of the kiosk rooms. The kiosk app starts them; we only watch."""
from __future__ import annotations

from typing import Optional

from huaweicloudsdkmetastudio.v1 import ListSmartChatJobRequest

from services.client import client


class ChatService:
    def latest_job_state(self, room_id: str) -> Optional[str]:
        resp = client.list_smart_chat_job(ListSmartChatJobRequest(room_id=room_id, limit=1))
        jobs = resp.smart_chat_jobs or []
        return jobs[0].state if jobs else None


chat = ChatService()
