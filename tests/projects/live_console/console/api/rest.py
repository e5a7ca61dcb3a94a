"""Live job control over MetaStudio's REST API, with aiohttp so it never blocks the event loop."""
from __future__ import annotations

import logging
from typing import Any

import aiohttp

from console import settings
from console.utils.pacing import paced

log = logging.getLogger(__name__)


class LiveRestAPI:
    """Start, steer, watch and stop the intelligent livestreaming jobs of the tenant's rooms."""

    def __init__(self, token: str, project_id: str = settings.PROJECT_ID) -> None:
        self._token = token
        self._project_id = project_id
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> "LiveRestAPI":
        self._session = aiohttp.ClientSession(
            base_url=settings.ENDPOINT,
            headers={"X-Auth-Token": self._token, "Content-Type": "application/json"},
            timeout=aiohttp.ClientTimeout(total=30),
        )
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        if self._session is not None:
            await self._session.close()

    async def start_live(self, room_id: str, body: dict[str, Any]) -> str:
        async with self._session.post(
            f"/v1/{self._project_id}/smart-live-rooms/{room_id}/smart-live-jobs", json=body
        ) as resp:
            resp.raise_for_status()
            return (await resp.json())["job_id"]

    async def list_jobs(self, room_id: str) -> list[dict[str, Any]]:
        async with self._session.get(
            f"/v1/{self._project_id}/smart-live-rooms/{room_id}/smart-live-jobs", params={"limit": "10"}
        ) as resp:
            resp.raise_for_status()
            return (await resp.json()).get("smart_live_jobs", [])

    async def live_job(self, room_id: str, job_id: str) -> dict[str, Any]:
        async with self._session.get(
            f"/v1/{self._project_id}/smart-live-rooms/{room_id}/smart-live-jobs/{job_id}"
        ) as resp:
            resp.raise_for_status()
            return await resp.json()

    @paced(settings.COMMAND_INTERVAL)
    async def send_command(self, room_id: str, job_id: str, command: str, params: dict[str, Any]) -> None:
        async with self._session.post(
            f"/v1/{self._project_id}/smart-live-rooms/{room_id}/smart-live-jobs/{job_id}/command",
            json={"command": command, "params": params},
        ) as resp:
            resp.raise_for_status()

    async def report_event(self, room_id: str, job_id: str, event: dict[str, Any]) -> None:
        async with self._session.post(
            f"/v1/{self._project_id}/smart-live-rooms/{room_id}/smart-live-jobs/{job_id}/live-event-report",
            json=event,
        ) as resp:
            resp.raise_for_status()

    async def stop_live(self, room_id: str, job_id: str) -> None:
        async with self._session.post(
            f"/v1/{self._project_id}/smart-live-rooms/{room_id}/smart-live-jobs/{job_id}/stop"
        ) as resp:
            resp.raise_for_status()
