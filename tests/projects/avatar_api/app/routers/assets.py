"""/assets: look up and re-tag digital assets (REST client, not the SDK)."""
from __future__ import annotations

import asyncio
import logging
import time

import httpx
from fastapi import APIRouter, Depends, HTTPException

from app.concurrency import ASSET_WRITE_SLOTS, ASSET_WRITE_SPACING_S
from app.deps import get_assets_api
from app.schemas import AssetLookup, RetagIn
from app.services.assets_api import AssetsApi

log = logging.getLogger(__name__)
router = APIRouter(prefix="/assets", tags=["assets"])

ASSET_POLL_S = 2.0
ASSET_READY_TIMEOUT_S = 300.0


@router.post("/lookup")
async def lookup_assets(payload: AssetLookup, api: AssetsApi = Depends(get_assets_api)) -> list[dict]:
    results = await asyncio.gather(
        *[api.get_asset(asset_id) for asset_id in payload.asset_ids], return_exceptions=True  # expect: MST102 ~320/s
    )
    found = []
    for asset_id, result in zip(payload.asset_ids, results):
        if isinstance(result, httpx.HTTPStatusError):
            log.info("asset %s: HTTP %s", asset_id, result.response.status_code)
            continue
        found.append(result)
    return found


async def _retag(api: AssetsApi, asset_id: str, tags: list[str]) -> str:
    async with ASSET_WRITE_SLOTS:
        await api.update_asset(asset_id, {"tags": tags})
        await asyncio.sleep(ASSET_WRITE_SPACING_S)
    return asset_id


@router.post("/retag")
async def retag_assets(payload: RetagIn, api: AssetsApi = Depends(get_assets_api)) -> dict[str, list[str]]:
    updated = await asyncio.gather(*[_retag(api, asset_id, payload.tags) for asset_id in payload.asset_ids])
    return {"updated": list(updated)}


@router.get("/{asset_id}/ready")
async def wait_until_ready(asset_id: str, api: AssetsApi = Depends(get_assets_api)) -> dict:
    deadline = time.monotonic() + ASSET_READY_TIMEOUT_S
    while time.monotonic() < deadline:
        asset = await api.get_asset(asset_id)
        state = asset.get("asset_state")
        if state == "ACTIVED":
            return asset
        if state in ("BLOCK", "DELETED"):
            raise HTTPException(status_code=409, detail=f"asset {asset_id} is {state}")
        await asyncio.sleep(ASSET_POLL_S)
    raise HTTPException(status_code=504, detail=f"asset {asset_id} not ready yet")
