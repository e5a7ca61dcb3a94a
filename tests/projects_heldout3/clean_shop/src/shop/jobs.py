"""Batch jobs of the shop: import, refresh, wait, retry."""
from concurrent.futures import ThreadPoolExecutor

from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException

from . import catalog
from .settings import MAX_ATTEMPTS, POLL_SECONDS
from .utils.backoff import backoff
import time


def import_rows(rows):
    return [catalog.create_product(r["name"], r.get("description", "")) for r in rows]


def refresh(product_ids):
    with ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(catalog.product, product_ids))


def wait_active(asset_id):
    while True:
        if catalog.asset_state(asset_id) == "ACTIVED":
            return
        time.sleep(POLL_SECONDS)


def create_with_retry(name):
    for attempt in range(MAX_ATTEMPTS):
        try:
            return catalog.create_product(name)
        except ClientRequestException:
            backoff(attempt)
    raise RuntimeError(name)
