"""/rooms: intelligent live rooms, their rule libraries and product catalogue."""
from __future__ import annotations

import logging
import time

from fastapi import APIRouter, BackgroundTasks, Depends, HTTPException

from app.config import DEFAULT_RULE_PRESETS
from app.deps import get_live_service
from app.schemas import CatalogIn, ProductIn, RoomIn, RoomOut
from app.services.live import LiveService

log = logging.getLogger(__name__)
router = APIRouter(prefix="/rooms", tags=["live"])

# Measured against the Beijing staging tenant, where create_product allows 4/s.
CATALOG_PACING_S = 0.2


@router.post("", status_code=201, response_model=RoomOut)
def create_room(payload: RoomIn, svc: LiveService = Depends(get_live_service)) -> RoomOut:
    room_id = svc.create_room(payload.name, payload.model_asset_id)
    for preset in DEFAULT_RULE_PRESETS:
        svc.add_rule_group(room_id, preset)
    return RoomOut(room_id=room_id, rule_groups=list(DEFAULT_RULE_PRESETS))


def _sync_catalog(svc: LiveService, room_id: str, products: list[ProductIn]) -> None:
    """Background job: create the room's products one by one."""
    created: list[str] = []
    for product in products:
        product_id = svc.create_product(product.name, product.description, product.price_cents)  # expect: MST101 ~3.3/s
        created.append(product_id)
        time.sleep(CATALOG_PACING_S)
    log.info("room %s: %d products created", room_id, len(created))


@router.post("/{room_id}/catalog", status_code=202)
def import_catalog(room_id: str, payload: CatalogIn, background: BackgroundTasks,
                   svc: LiveService = Depends(get_live_service)) -> dict[str, object]:
    seen: set[str] = set()
    for product in payload.products:
        if product.name in seen:
            raise HTTPException(status_code=422, detail=f"duplicate product {product.name!r}")
        seen.add(product.name)
    background.add_task(_sync_catalog, svc, room_id, payload.products)
    return {"room_id": room_id, "queued": len(payload.products)}


@router.post("/{room_id}/jobs/{job_id}/stop", status_code=204)
def stop_live(room_id: str, job_id: str, svc: LiveService = Depends(get_live_service)) -> None:
    svc.stop_live(room_id, job_id)
