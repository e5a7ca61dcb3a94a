"""Nightly import of the merchandising CSV into MetaStudio products."""
import csv
import logging
import sys

from catalog_sync.services import ProductService

log = logging.getLogger(__name__)


def import_file(path):
    service = ProductService()
    created = 0
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            tags = [t for t in row.get("tags", "").split(";") if t]
            service.create(row["name"], row["description"], tags)  # expect: MST101 ~10/s
            created += 1
    log.info("created %d products", created)


def verify(product_ids):
    service = ProductService()
    missing = []
    for product_id in product_ids:
        if service.get(product_id) is None:
            missing.append(product_id)
    return missing


if __name__ == "__main__":
    import_file(sys.argv[1])
