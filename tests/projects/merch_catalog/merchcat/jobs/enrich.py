"""Enrich the local catalogue with asset and product details from MetaStudio."""
import logging
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from functools import partial
from multiprocessing.pool import ThreadPool
from typing import Dict, Iterable, List, Set

from ..services.assets import AssetService
from ..services.products import ProductService

log = logging.getLogger(__name__)

ASSET_KINDS = ("IMAGE", "VIDEO", "HUMAN_MODEL_2D")

_products = ProductService()


def asset_inventory() -> Dict[str, int]:
    svc = AssetService()
    return {kind: svc.count(kind) for kind in ASSET_KINDS}


def fetch_asset_details(asset_ids: List[str]) -> Dict[str, object]:
    svc = AssetService()
    fetch = partial(svc.show, with_files=True)
    details = {}
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = [pool.submit(fetch, asset_id) for asset_id in asset_ids]  # expect: MST102 ~40/s
        for future in as_completed(futures):
            asset = future.result()
            details[asset.asset_id] = asset
    return details


def _refresh_product(product_id: str):
    detail = _products.show(product_id)
    time.sleep(0.4)
    return detail


def refresh_products(product_ids: Iterable[str]) -> Dict[str, object]:
    with ThreadPool(processes=3) as pool:
        return {p.product_id: p for p in pool.imap_unordered(_refresh_product, product_ids)}


def refresh_all() -> Dict[str, object]:
    return refresh_products(p.product_id for p in _products.iter_products())


def mark_unlinked(linked_asset_ids: Set[str]) -> int:
    """Tag every active asset that no product uses any more."""
    svc = AssetService()
    marked = 0
    for asset in svc.iter_assets(asset_state="ACTIVED"):
        if asset.asset_id in linked_asset_ids:
            continue
        svc.tag(asset.asset_id, sorted(set(asset.tags or []) | {"unlinked"}))  # expect: MST101 ~10/s
        marked += 1
    log.info("tagged %d unlinked assets", marked)
    return marked
