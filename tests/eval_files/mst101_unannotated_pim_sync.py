"""metastudio_sync.products -- keep MetaStudio live products in line with the PIM.

The MetaStudio client is injected by the caller (see app/wiring.py), so nothing here is annotated.
"""
import logging

from huaweicloudsdkmetastudio.v1 import (
    DeleteProductRequest,
    UpdateProductRequest,
    UpdateProductRequestBody,
)

log = logging.getLogger(__name__)


def _update(client, product_id, body):
    req = UpdateProductRequest(product_id=product_id, body=body)
    return client.update_product(req)


def _apply_pim_record(client, record):
    body = UpdateProductRequestBody(
        name=record["title"][:64],
        description=record.get("marketing_copy", ""),
        tags=sorted(set(record.get("labels", []))),
    )
    return _update(client, record["metastudio_id"], body)


def sync_record(client, record):
    log.debug("syncing %s", record["sku"])
    return _apply_pim_record(client, record)


def sync_all(client, records):
    for record in records:
        # three levels down: update_product at 10/s > 4/s (cn-north-4)
        sync_record(client, record)  # expect: MST101 ~10/s @9


def drop_discontinued(client, product_ids):
    removed = 0
    for pid in product_ids:
        # unannotated receiver, inline request object names the API: 10/s > 4/s
        client.delete_product(DeleteProductRequest(product_id=pid))  # expect: MST101 ~10/s @9
        removed += 1
    return removed


def mirror_back_to_pim(pim, products):
    """`pim` is our own PIM gateway; same method name, but no MetaStudio request: not an SDK call."""
    for product in products:
        pim.update_product(product["sku"], {"metastudio_id": product["product_id"]})


def warm_cache(cache, product_ids):
    for pid in product_ids:
        cache.delete_product(pid)
