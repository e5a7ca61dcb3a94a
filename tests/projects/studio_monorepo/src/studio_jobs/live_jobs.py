"""Live-commerce jobs: room setup, catalog sync, stopping streams."""
from __future__ import annotations

import json
import logging
import os
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException

from studio_core import Job, LiveService, register
from studio_core import settings
from studio_core.client import PRODUCT_LIMITER

log = logging.getLogger(__name__)

ROOM_WORKERS = 4
STOP_ATTEMPTS = 3
STOP_SPACING_S = 1.0


@dataclass(frozen=True)
class RoomSpec:
    name: str
    script_ids: list[str]


@dataclass(frozen=True)
class Product:
    name: str
    description: str
    price_cents: int


def _load_json(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


@register("live-rooms")
@dataclass
class LiveRoomSetupJob(Job):
    plan_file: Path = settings.DATA_DIR / "rooms.json"
    live: LiveService = field(default_factory=LiveService)

    def run(self) -> None:
        specs = [RoomSpec(entry["name"], list(entry["script_ids"])) for entry in _load_json(self.plan_file)]
        created: dict[str, str] = {}
        with ThreadPoolExecutor(max_workers=ROOM_WORKERS) as pool:
            futures = {pool.submit(self.live.create_room, spec.name, spec.script_ids): spec for spec in specs}  # expect: MST102 ~40/s
            for future in as_completed(futures):
                spec = futures[future]
                try:
                    created[spec.name] = future.result()
                except ClientRequestException as exc:
                    log.error("room %s not created: %s %s", spec.name, exc.error_code, exc.error_msg)
        log.info("created %d of %d rooms", len(created), len(specs))


@register("catalog-sync")
@dataclass
class CatalogSyncJob(Job):
    catalog_file: Path = settings.DATA_DIR / "catalog.json"
    live: LiveService = field(default_factory=LiveService)

    def run(self) -> None:
        products = [
            Product(entry["name"], entry.get("description", ""), int(entry["price_cents"]))
            for entry in _load_json(self.catalog_file)
        ]
        for product in products:
            PRODUCT_LIMITER.try_acquire("create_product")
            product_id = self.live.add_product(product.name, product.description, product.price_cents)
            log.info("product %s -> %s", product.name, product_id)


@register("stop-live")
@dataclass
class StopLiveJob(Job):
    room_id: str = os.getenv("STUDIO_STOP_ROOM", "")
    live: LiveService = field(default_factory=LiveService)

    def run(self) -> None:
        stuck: list[str] = []
        for job_id in self.live.running_jobs(self.room_id):
            if not self._stop_with_retry(self.room_id, job_id):
                stuck.append(job_id)
            time.sleep(STOP_SPACING_S)
        if stuck:
            raise RuntimeError(f"could not stop live jobs {', '.join(stuck)} of room {self.room_id}")

    def _stop_with_retry(self, room_id: str, job_id: str) -> bool:
        for attempt in range(1, STOP_ATTEMPTS + 1):
            try:
                self.live.stop(room_id, job_id)  # expect: MST104
                return True
            except ClientRequestException as exc:
                log.warning("stopping %s failed (attempt %d/%d): %s", job_id, attempt, STOP_ATTEMPTS, exc.error_code)
        return False
