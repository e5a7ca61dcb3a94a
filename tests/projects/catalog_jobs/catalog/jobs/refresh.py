"""Refresh product details in parallel for the dashboard."""
from concurrent.futures import ThreadPoolExecutor

from catalog.services.products import ProductService

service = ProductService()


def refresh_all(product_ids):
    with ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(service.details, product_ids))  # expect: MST102 ~80/s


def rename_all(renames):
    for product_id, name in renames.items():
        service.rename(product_id, name)  # expect: MST101 ~10/s
