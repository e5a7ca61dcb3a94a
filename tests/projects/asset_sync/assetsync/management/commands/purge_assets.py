"""Remove retired video scripts and assets, or bring deleted assets back with ``--undo``."""
from __future__ import annotations

import json
import logging
import time
from pathlib import Path

from django.core.management.base import BaseCommand

from assetsync import clients, conf
from assetsync.services import CatalogService

log = logging.getLogger(__name__)

# Scripts reference assets, so they go first.
PURGE_ORDER = ("script", "asset")


def _purge(service: CatalogService, plan: dict[str, list[str]]) -> int:
    removed = 0
    for kind in PURGE_ORDER:
        remove = getattr(service, f"delete_{kind}")
        for item_id in plan.get(kind, []):
            remove(item_id)
            removed += 1
            log.info("deleted %s %s", kind, item_id)
            time.sleep(conf.PURGE_PAUSE)
    return removed


def _bulk(service: CatalogService, action: str, item_ids: list[str]) -> list[str]:
    done: list[str] = []
    for item_id in item_ids:
        getattr(service, action)(item_id)  # expect: MST101 ~10/s
        done.append(item_id)
    return done


class Command(BaseCommand):
    help = "Delete what a purge plan (JSON: {\"script\": [...], \"asset\": [...]}) lists."

    def add_arguments(self, parser):
        parser.add_argument("plan", type=Path)
        parser.add_argument("--undo", action="store_true", help="restore the plan's assets instead")

    def handle(self, *args, **options):
        plan = json.loads(options["plan"].read_text(encoding="utf-8"))
        service = CatalogService(clients.primary_client())
        if options["undo"]:
            restored = _bulk(service, "restore_asset", plan.get("asset", []))
            self.stdout.write(f"restored {len(restored)} assets")
            return
        self.stdout.write(f"removed {_purge(service, plan)} items")
