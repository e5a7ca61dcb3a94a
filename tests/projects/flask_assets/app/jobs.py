"""RQ jobs run by ``rq worker metastudio`` next to the web app."""
import logging
import time

from redis import Redis
from rq import Queue

from app import metastudio
from app.config import ACTIVE

log = logging.getLogger(__name__)

queue = Queue("metastudio", connection=Redis.from_url(ACTIVE.REDIS_URL))


def purge_asset(asset_id):
    """Delete one asset; enqueued once per selected asset."""
    metastudio.delete_asset(asset_id)
    log.info("deleted asset %s", asset_id)


def refresh_asset(asset_id):
    """Reload one asset's state into the local cache."""
    asset = metastudio.show_asset(asset_id)
    log.info("asset %s is %s", asset_id, asset.asset_state)
    return asset.asset_state


def enqueue_purge(asset_ids):
    for asset_id in asset_ids:
        queue.enqueue(purge_asset, asset_id)  # expect: MST102 ~320.0/s


def enqueue_refresh(asset_ids):
    for asset_id in asset_ids:
        queue.enqueue(refresh_asset, asset_id, job_timeout=60)
        time.sleep(1.0)
