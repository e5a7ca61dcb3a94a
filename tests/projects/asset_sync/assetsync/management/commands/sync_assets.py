"""Mirror the digital assets of the primary region and make sure each carries the sync tag."""
from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor, wait

from django.core.management.base import BaseCommand

from assetsync import clients, conf
from assetsync.services import CatalogService
from assetsync.utils.throttle import asset_write_limiter

log = logging.getLogger(__name__)

SYNC_TAG = "synced"


def _retag(service: CatalogService, asset) -> str:
    asset_write_limiter.try_acquire("update_digital_asset")
    service.tag_asset(asset.asset_id, service.tags_of(asset) | {SYNC_TAG})
    return asset.asset_id


class Command(BaseCommand):
    help = "Fetch the details of every digital asset of the primary region and tag them as synced."

    def add_arguments(self, parser):
        parser.add_argument("--type", dest="asset_type", default=None, help="only assets of this type")
        parser.add_argument("--compare-archive", action="store_true", help="also count the archive tenant")

    def handle(self, *args, **options):
        service = CatalogService(clients.primary_client(), label="primary")
        summaries = service.list_all_assets(asset_type=options["asset_type"])
        asset_ids = [summary.asset_id for summary in summaries]
        log.info("fetching details of %d assets", len(asset_ids))

        with ThreadPoolExecutor(max_workers=conf.SYNC_WORKERS) as executor:
            details = list(executor.map(service.get_asset, asset_ids))  # expect: MST102 ~60/s

        stale = [asset for asset in details if SYNC_TAG not in service.tags_of(asset)]
        with ThreadPoolExecutor(max_workers=conf.SYNC_WORKERS) as executor:
            futures = [executor.submit(_retag, service, asset) for asset in stale]
            done, _ = wait(futures)
        failed = [f for f in done if f.exception() is not None]
        for future in failed:
            log.error("retag failed: %s", future.exception())

        self.stdout.write(f"{len(details)} assets, {len(stale) - len(failed)} retagged, {len(failed)} failed")
        if options["compare_archive"]:
            archived = CatalogService(clients.archive_client(), label="archive").count_assets()
            self.stdout.write(f"archive tenant holds {archived} assets")
