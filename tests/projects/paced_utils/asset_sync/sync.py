"""Scheduled sync jobs (run from cron every 15 minutes)."""
import logging
from concurrent.futures import ThreadPoolExecutor

from asset_sync import settings
from asset_sync.assets import AssetService
from asset_sync.utils import pause

log = logging.getLogger(__name__)


def iter_assets(service):
    offset = 0
    while True:
        page = service.list_assets(offset)
        yield from page.assets or []
        offset += settings.PAGE_SIZE
        if offset >= (page.count or 0):
            return
        pause()


def refresh_metadata(service, asset_ids):
    return [service.show_asset(asset_id) for asset_id in asset_ids]


def purge(service, asset_ids):
    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(service.delete_asset, asset_ids))


def model_photos(service, photos):
    job_ids = []
    for name, url in photos:
        job_ids.append(service.create_picture_modeling_by_url_job(url, name).job_id)
        pause(2.0)
    return job_ids


def wait_for_model(service, job_id):
    while True:
        job = service.show_picture_modeling_job(job_id)
        if job.state in ("SUCCEED", "PARTIAL_SUCCEED", "FAILED", "CANCELED"):
            return job
        pause(5.0)


def run():
    service = AssetService()
    stale = [a.asset_id for a in iter_assets(service) if a.asset_state == "FAILED"]
    purge(service, stale)
    log.info("purged %d failed uploads", len(stale))
