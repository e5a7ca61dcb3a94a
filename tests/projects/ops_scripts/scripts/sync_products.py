#!/usr/bin/env python3
"""Sync the live-commerce product catalog (CSV export of the shop) into MetaStudio.

New products are created; products whose name already exists are updated.

    python scripts/sync_products.py data/catalog.csv
"""
from __future__ import annotations

import argparse
import csv
import logging
import time
from dataclasses import dataclass
from pathlib import Path

from huaweicloudsdkmetastudio.v1 import (
    CreateProductRequest,
    CreateProductRequestBody,
    ListProductsRequest,
    UpdateProductRequest,
    UpdateProductRequestBody,
)
from tqdm import tqdm

from common import client, paced, setup_logging

log = logging.getLogger("ops.products")

PAGE_SIZE = 100
# Product writes are limited to 4/s per tenant: 0.2 s between calls keeps us at about 3/s.
CREATE_SPACING_S = 0.2
UPDATES_PER_SECOND = 2.5


@dataclass(frozen=True)
class Row:
    name: str
    description: str
    price: float
    cover_url: str


def read_catalog(path: Path) -> list[Row]:
    with path.open(newline="", encoding="utf-8") as fh:
        return [
            Row(r["name"].strip(), r.get("description", ""), float(r["price"]), r.get("image_url", ""))
            for r in csv.DictReader(fh)
        ]


def existing_products() -> dict[str, str]:
    """name -> product_id of every product of the tenant."""
    by_name: dict[str, str] = {}
    offset = 0
    while True:
        resp = client.list_products(ListProductsRequest(offset=offset, limit=PAGE_SIZE))
        page = resp.products or []
        by_name.update({product.name: product.product_id for product in page})
        if len(page) < PAGE_SIZE:
            return by_name
        offset += PAGE_SIZE
        time.sleep(0.1)


def create_missing(rows: list[Row]) -> int:
    created = 0
    for row in tqdm(rows, desc="create", unit="product"):
        body = CreateProductRequestBody(name=row.name, description=row.description, price=row.price,
                                        cover_url=row.cover_url)
        resp = client.create_product(CreateProductRequest(body=body))  # expect: MST101 ~3.3/s
        log.debug("created %s as %s", row.name, resp.product_id)
        created += 1
        time.sleep(CREATE_SPACING_S)
    return created


def update_existing(pairs: list[tuple[str, Row]]) -> None:
    for product_id, row in paced(tqdm(pairs, desc="update", unit="product"), per_second=UPDATES_PER_SECOND):
        body = UpdateProductRequestBody(name=row.name, description=row.description, price=row.price,
                                        cover_url=row.cover_url)
        client.update_product(UpdateProductRequest(product_id=product_id, body=body))


def main() -> int:
    parser = argparse.ArgumentParser(description="Sync the product catalog into MetaStudio.")
    parser.add_argument("catalog", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    setup_logging(args.verbose)

    rows = read_catalog(args.catalog)
    known = existing_products()
    new_rows = [row for row in rows if row.name not in known]
    updates = [(known[row.name], row) for row in rows if row.name in known]
    log.info("%d products in the catalog: %d new, %d to update", len(rows), len(new_rows), len(updates))
    create_missing(new_rows)
    update_existing(updates)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
