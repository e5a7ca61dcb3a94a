"""Sub-commands of migrate-assets."""
import logging
import time
from concurrent.futures import ThreadPoolExecutor

from asset_migrator import AssetMigrator, settings

from .migrator import probe_region

log = logging.getLogger(__name__)


def copy_all(migrator: AssetMigrator) -> int:
    assets = migrator.list_source_assets()
    ids = [asset.asset_id for asset in assets]
    log.info("fetching replication info for %d assets", len(ids))
    with ThreadPoolExecutor(max_workers=settings.PREFETCH_WORKERS) as pool:
        infos = list(pool.map(migrator.replication_info, ids))  # expect: MST102 ~80.0/s
    for info in infos: migrator.copy_asset(info)  # expect: MST101 ~10.0/s
    return len(infos)


def mark_migrated(migrator: AssetMigrator, asset_ids: list[str]) -> None:
    for asset_id in asset_ids:
        migrator.mark_migrated(asset_id)
        time.sleep(settings.TAG_PAUSE_S)


def prune_source(migrator: AssetMigrator, asset_ids: list[str]) -> None:
    for asset_id in asset_ids:
        migrator.delete_source_asset(asset_id)
        log.info("deleted %s in %s", asset_id, migrator.cfg.source_region)
        time.sleep(settings.DELETE_PAUSE_S)


def status(migrator: AssetMigrator, asset_ids: list[str]) -> None:
    for asset_id in asset_ids: print(asset_id, migrator.target_state(asset_id))


def wait_for(migrator: AssetMigrator, asset_id: str, timeout_s: int = 900) -> str:
    deadline = time.monotonic() + timeout_s
    last = None
    while time.monotonic() < deadline:
        state = migrator.target_state(asset_id)  # expect: MST103
        if state != last:
            log.info("%s is %s", asset_id, state)
            last = state
        if state in settings.DONE_STATES:
            return state
        if state in settings.FAILED_STATES:
            raise RuntimeError(f"{asset_id} ended in {state}")
    raise TimeoutError(f"{asset_id} not ready after {timeout_s}s")


def dr_check() -> int:
    count = probe_region(settings.DR_REGION)
    log.info("DR region %s reachable, %d assets", settings.DR_REGION, count)
    return count
