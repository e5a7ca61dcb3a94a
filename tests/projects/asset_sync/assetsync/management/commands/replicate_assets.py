"""Copy digital assets from the primary region into another region's tenant."""
from __future__ import annotations

import logging
import time

from django.core.management.base import BaseCommand, CommandError

from assetsync import clients, conf
from assetsync.services import CatalogService
from assetsync.utils.retry import call_with_backoff

log = logging.getLogger(__name__)


def _wait_until_active(target: CatalogService, asset_id: str, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        state = target.get_asset(asset_id).asset_state  # expect: MST103
        if state == "ACTIVED":
            return
        if state == "FAILED":
            raise CommandError(f"replica {asset_id} failed in the target region")
        if state == "BLOCK":
            log.warning("replica %s is blocked for review, waiting", asset_id)
            time.sleep(conf.POLL_SECONDS)
    raise CommandError(f"replica {asset_id} not active after {timeout_s:.0f}s")


class Command(BaseCommand):
    help = "Replicate assets of the primary region to --target and wait until the copies are active."

    def add_arguments(self, parser):
        parser.add_argument("asset_ids", nargs="+")
        parser.add_argument("--target", required=True, choices=conf.REGIONS)
        parser.add_argument("--no-wait", action="store_true")

    def handle(self, *args, **options):
        if options["target"] == conf.PRIMARY_REGION:
            raise CommandError("the target must differ from the primary region")
        source = CatalogService(clients.primary_client(), label="source")
        target = CatalogService(clients.client_for(options["target"]), label="target")

        created: list[str] = []
        for asset_id in options["asset_ids"]:
            info = source.replication_info(asset_id)
            new_id = call_with_backoff(target.import_replica, info.replication_info)  # expect: MST101 ~5/s
            log.info("asset %s replicated as %s", asset_id, new_id)
            created.append(new_id)

        if not options["no_wait"]:
            for new_id in created:
                _wait_until_active(target, new_id, conf.REPLICA_TIMEOUT_S)
        self.stdout.write("\n".join(created))
