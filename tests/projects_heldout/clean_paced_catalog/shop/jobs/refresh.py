"""Check that every product still exists (read-only, well under the query limit)."""
from shop.services.catalog import CatalogService


def missing(product_ids):
    catalog = CatalogService()
    return [pid for pid in product_ids if catalog.show(pid) is None]
