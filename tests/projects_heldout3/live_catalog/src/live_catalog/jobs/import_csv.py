"""Nightly import of the merchandising CSV as live products."""
import csv
import logging
import sys

from live_catalog import ProductService

log = logging.getLogger(__name__)


def import_file(path: str) -> int:
    svc = ProductService()
    created = 0
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            product_id = svc.create(row["name"], row.get("description", ""))  # expect: MST101
            log.info("created %s -> %s", row["name"], product_id)
            created += 1
    return created


if __name__ == "__main__":
    print(import_file(sys.argv[1]))
