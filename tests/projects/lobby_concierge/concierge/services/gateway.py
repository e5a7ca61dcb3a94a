"""Async REST client for the MetaStudio endpoints the TTS batch needs (IAM token auth)."""
import asyncio
from typing import Any, AsyncIterator, Dict

import aiohttp

from ..core.clients import endpoint_for
from ..core.config import StudioSettings


class StudioGateway:
    def __init__(self, settings: StudioSettings):
        self._project_id = settings.project_id
        self._session = aiohttp.ClientSession(
            base_url=endpoint_for(settings.region),
            headers={"X-Auth-Token": settings.iam_token, "X-App-UserId": settings.app_user_id},
            timeout=aiohttp.ClientTimeout(total=30),
            raise_for_status=True,
        )

    async def __aenter__(self) -> "StudioGateway":
        return self

    async def __aexit__(self, *exc_info) -> None:
        await self._session.close()

    async def submit_tts(self, text: str, voice_asset_id: str) -> str:
        body = {"text": text, "voice_asset_id": voice_asset_id, "audio_format": "MP3", "gen_srt": True}
        async with self._session.post(f"/v1/{self._project_id}/ttsc/async-jobs", json=body) as resp:
            return (await resp.json())["job_id"]

    async def tts_job(self, job_id: str) -> Dict[str, Any]:
        async with self._session.get(f"/v1/{self._project_id}/ttsc/async-jobs/{job_id}") as resp:
            return await resp.json()

    async def iter_rooms(self, page_size: int = 20) -> AsyncIterator[Dict[str, Any]]:
        offset = 0
        while True:
            params = {"offset": offset, "limit": page_size}
            async with self._session.get(f"/v1/{self._project_id}/smart-live-rooms", params=params) as resp:
                page = await resp.json()
            rooms = page.get("smart_live_rooms") or []
            for room in rooms:
                yield room
            offset += len(rooms)
            if len(rooms) < page_size:
                return
            await asyncio.sleep(0.25)
