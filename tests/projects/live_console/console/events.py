"""Forward viewers' events from the live platform (comments, gifts, likes) to the running live job."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any, AsyncIterator

import aiohttp

from console.api.rest import LiveRestAPI

log = logging.getLogger(__name__)

FORWARDED_KINDS = frozenset({"comment", "gift", "like"})


@dataclass(frozen=True)
class PlatformEvent:
    kind: str
    user: str
    content: str = ""

    def to_report(self) -> dict[str, Any]:
        return {"event_type": self.kind.upper(), "user_name": self.user, "content": self.content}


async def platform_feed(session: aiohttp.ClientSession, url: str) -> AsyncIterator[PlatformEvent]:
    """Events of the live platform's websocket (not MetaStudio: the streaming platform's own API)."""
    async with session.ws_connect(url, heartbeat=30) as ws:
        async for message in ws:
            if message.type != aiohttp.WSMsgType.TEXT:
                continue
            data = json.loads(message.data)
            yield PlatformEvent(kind=data.get("type", ""), user=data.get("nick", ""), content=data.get("text", ""))


class EventForwarder:
    def __init__(self, api: LiveRestAPI, room_id: str, job_id: str) -> None:
        self.api = api
        self.room_id = room_id
        self.job_id = job_id

    async def run(self, feed: AsyncIterator[PlatformEvent]) -> int:
        forwarded = 0
        async for event in feed:
            if event.kind in FORWARDED_KINDS:
                await self.api.report_event(self.room_id, self.job_id, event.to_report())  # expect: MST101 ~10/s
                forwarded += 1
        log.info("feed of room %s closed after %d events", self.room_id, forwarded)
        return forwarded
