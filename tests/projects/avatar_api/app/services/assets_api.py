"""REST client for the Digital Asset Management API group.

The pinned SDK's asset models have no ``tags`` on update, so this group goes over plain
HTTPS with an IAM token instead of through ``MetaStudioClient``.
"""
from __future__ import annotations

from typing import Any

import httpx

from app.config import settings


class AssetsApi:
    def __init__(self) -> None:
        self._project_id = settings.PROJECT_ID
        self._http = httpx.AsyncClient(
            base_url=settings.METASTUDIO_ENDPOINT,
            headers={"X-Auth-Token": settings.IAM_TOKEN, "Content-Type": "application/json"},
            timeout=settings.HTTP_TIMEOUT_S,
        )

    async def get_asset(self, asset_id: str) -> dict[str, Any]:
        resp = await self._http.get(f"/v1/{self._project_id}/digital-assets/{asset_id}")
        resp.raise_for_status()
        return resp.json()

    async def update_asset(self, asset_id: str, changes: dict[str, Any]) -> None:
        resp = await self._http.put(f"/v1/{self._project_id}/digital-assets/{asset_id}", json=changes)
        resp.raise_for_status()

    async def aclose(self) -> None:
        await self._http.aclose()
