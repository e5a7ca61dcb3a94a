"""Add tags to digital assets, e.g. before a campaign: ``manage.py tag_assets --tag spring-2025 ID ...``."""
from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor

from django.core.management.base import BaseCommand, CommandError

from assetsync import clients, conf
from assetsync.services import CatalogService

log = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Set tags on the given assets (all assets of --type when no id is given)."

    def add_arguments(self, parser):
        parser.add_argument("asset_ids", nargs="*")
        parser.add_argument("--tag", dest="tags", action="append", required=True)
        parser.add_argument("--type", dest="asset_type", default=None)

    def handle(self, *args, **options):
        service = CatalogService(clients.primary_client())
        asset_ids: list[str] = options["asset_ids"]
        if not asset_ids:
            if not options["asset_type"]:
                raise CommandError("give asset ids or --type")
            asset_ids = [a.asset_id for a in service.list_all_assets(options["asset_type"])]
        tags = set(options["tags"])

        with ThreadPoolExecutor(max_workers=conf.TAG_WORKERS) as executor:
            futures = [executor.submit(service.tag_asset, asset_id, tags) for asset_id in asset_ids]  # expect: MST102 ~40/s
            failures = 0
            for asset_id, future in zip(asset_ids, futures):
                try:
                    future.result()
                except Exception:  # noqa: BLE001 - reported per asset, the batch goes on
                    failures += 1
                    log.exception("could not tag %s", asset_id)

        self.stdout.write(f"tagged {len(asset_ids) - failures} of {len(asset_ids)} assets with {sorted(tags)}")
