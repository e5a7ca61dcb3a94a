"""Remove products that are no longer in the merchandising feed."""
import time

from catalog_sync import settings
from catalog_sync.services.products import ProductService


def live_product_ids(service):
    ids, offset = [], 0
    while True:
        page = service.page(offset)
        batch = [p.product_id for p in (page.data or [])]
        ids.extend(batch)
        if len(batch) < 50:
            return ids
        offset += 50


def purge(keep_ids):
    service = ProductService()
    stale = [p for p in live_product_ids(service) if p not in keep_ids]
    for product_id in stale:
        service.delete(product_id)  # expect: MST101 ~3.3/s
        time.sleep(settings.DELETE_PAUSE_S)
