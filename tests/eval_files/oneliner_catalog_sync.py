"""Nightly catalog sync written tersely: one-line loop bodies and `;`-separated statements."""
import logging

from huaweicloudsdkcore.exceptions import exceptions
from huaweicloudsdkmetastudio.v1 import (
    CreateProductRequest,
    DeleteProductRequest,
    MetaStudioClient,
    UpdateProductRequest,
)

log = logging.getLogger(__name__)
client = MetaStudioClient.new_builder().build()


def import_products(rows):
    # one create_product per row, nothing else: 10/s > 4/s
    for row in rows: client.create_product(CreateProductRequest(body=row))  # expect: MST101


def update_products(rows):
    for row in rows:
        log.debug("updating %s", row["id"]); client.update_product(UpdateProductRequest(product_id=row["id"]))  # expect: MST101


def purge(ids):
    # the request is built on the same line as the call: 10/s > 4/s
    for pid in ids: req = DeleteProductRequest(product_id=pid); client.delete_product(req)  # expect: MST101


def import_skipping_failures(rows):
    for row in rows:
        try: client.create_product(CreateProductRequest(body=row))  # expect: MST101
        except Exception: continue


def import_new_only(rows, known):
    for row in rows:
        if row["id"] not in known: client.create_product(CreateProductRequest(body=row))  # expect: MST101


def import_with_handler(rows):
    for row in rows:
        try:
            client.create_product(CreateProductRequest(body=row))  # expect: MST101
        except exceptions.ClientRequestException: log.exception("row %s failed", row["id"]); raise
