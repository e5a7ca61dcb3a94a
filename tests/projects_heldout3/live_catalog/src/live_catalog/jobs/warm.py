"""Warm the CDN thumbnails of the top products before a live show."""
from concurrent.futures import ThreadPoolExecutor, as_completed

from live_catalog.services.products import ProductService


def warm(product_ids):
    svc = ProductService()
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(svc.details, pid) for pid in product_ids]  # expect: MST102
        return [f.result().cover for f in as_completed(futures)]
