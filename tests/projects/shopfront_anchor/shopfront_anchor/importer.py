"""Nightly import of the merchandising spreadsheet into MetaStudio products.

    python -m shopfront_anchor.importer products.csv

Columns: sku, product_id (empty for new products), name, description,
selling_points ("|"-separated), gallery ("|"-separated image asset ids).
"""
import csv
import logging
import sys
import time
from typing import Dict, Iterable, List

from shopfront_anchor import settings
from shopfront_anchor.catalog import ProductCatalog
from shopfront_anchor.clients import build_client

log = logging.getLogger(__name__)


def _split(cell: str) -> List[str]:
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


def read_rows(path: str) -> List[Dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def import_new_products(catalog: ProductCatalog, rows: Iterable[Dict[str, str]]) -> Dict[str, str]:
    """Create the rows that have no product id yet (create_product paces itself)."""
    created = {}
    for row in rows:
        if row.get("product_id"):
            continue
        created[row["sku"]] = catalog.create_product(row["name"], row["description"], _split(row["selling_points"]))
    return created


def refresh_listings(catalog: ProductCatalog, rows: Iterable[Dict[str, str]]) -> int:
    """Push the latest description and selling points of every existing product."""
    updated = 0
    for row in rows:
        if not row.get("product_id"):
            continue
        catalog.update_listing(row["product_id"], row["description"], _split(row["selling_points"]))  # expect: MST101 ~10/s
        updated += 1
    log.info("refreshed %d listings", updated)
    return updated


def attach_galleries(catalog: ProductCatalog, rows: Iterable[Dict[str, str]]) -> None:
    for row in rows:
        for order, asset_id in enumerate(_split(row.get("gallery", ""))):
            catalog.attach_image(row["product_id"], asset_id, order)
            time.sleep(settings.GALLERY_UPLOAD_PAUSE_S)


def main(path: str) -> None:
    logging.basicConfig(level=logging.INFO)
    catalog = ProductCatalog(build_client())
    rows = read_rows(path)
    created = import_new_products(catalog, rows)
    for row in rows:
        row["product_id"] = row.get("product_id") or created.get(row["sku"], "")
    refresh_listings(catalog, rows)
    attach_galleries(catalog, rows)


if __name__ == "__main__":
    main(sys.argv[1])
