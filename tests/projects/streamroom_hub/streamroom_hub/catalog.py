"""Product catalogue of the live rooms: import, list, re-tag, refresh details."""
import csv
import logging
import time
from concurrent.futures import ThreadPoolExecutor

from huaweicloudsdkmetastudio.v1 import (
    CreateProductRequest,
    CreateProductRequestBody,
    ListProductsRequest,
    ProductCoverInfo,
    ProductTextInfo,
    ShowProductRequest,
    UpdateProductRequest,
    UpdateProductRequestBody,
)
from ratelimit import limits, sleep_and_retry

from . import config
from .sdk import bj, sg

log = logging.getLogger(__name__)

SG_RETAG_PAUSE = 0.2


@sleep_and_retry
@limits(calls=config.PRODUCT_WRITES_PER_SEC, period=1)
def add_product(row):
    body = CreateProductRequestBody(
        name=row["name"],
        description=row.get("description", ""),
        tags=[t for t in row.get("tags", "").split("|") if t],
        cover=ProductCoverInfo(asset_id=row["cover_asset_id"]) if row.get("cover_asset_id") else None,
        text_list=[ProductTextInfo(title="selling point", text=row["pitch"])] if row.get("pitch") else None,
        auto_active=True,
    )
    return bj.create_product(CreateProductRequest(body=body)).product_id


def import_csv(path):
    """Import a merchandising sheet; add_product holds the import to 3 products a second."""
    with open(path, newline="", encoding="utf-8") as fh:
        return [add_product(row) for row in csv.DictReader(fh)]


def list_all_products(client=bj):
    products, offset = [], 0
    while True:
        resp = client.list_products(ListProductsRequest(offset=offset, limit=config.PAGE_SIZE))
        page = resp.products or []
        products.extend(page)
        if len(page) < config.PAGE_SIZE:
            return products
        offset += len(page)
        time.sleep(config.PAGE_PAUSE)


def retag_products(tags_by_id):
    """Beijing catalogue: new tags for many products, PAUSE seconds apart."""
    for product_id, tags in tags_by_id.items():
        bj.update_product(UpdateProductRequest(product_id=product_id, body=UpdateProductRequestBody(tags=tags)))
        time.sleep(config.PAUSE)


def retag_sg_products(tags_by_id):
    """Singapore mirror of the catalogue: same job as retag_products."""
    for product_id, tags in tags_by_id.items():
        sg.update_product(UpdateProductRequest(product_id=product_id, body=UpdateProductRequestBody(tags=tags)))  # expect: MST101 ~3.3/s
        time.sleep(SG_RETAG_PAUSE)


def _detail(product_id):
    p = bj.show_product(ShowProductRequest(product_id=product_id))
    return {"id": p.product_id, "name": p.name, "state": p.state, "tags": p.tags}


def refresh_details(product_ids):
    """Refresh the cached product cards shown next to the live rooms."""
    with ThreadPoolExecutor(max_workers=config.SYNC_WORKERS) as pool:
        return list(pool.map(_detail, product_ids))  # expect: MST102 ~30/s
