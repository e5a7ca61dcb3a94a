"""Product calls, each held to the region's limit."""
from huaweicloudsdkmetastudio.v1 import (
    CreateProductRequest,
    CreateProductRequestBody,
    ShowAssetRequest,
    ShowProductRequest,
)
from ratelimit import limits, sleep_and_retry

from .client import client
from .utils.concurrency import DETAIL_SLOTS


@sleep_and_retry
@limits(calls=3, period=1)
def create_product(name, description=""):
    body = CreateProductRequestBody(name=name, description=description)
    return client.create_product(CreateProductRequest(body=body)).product_id


def product(product_id):
    with DETAIL_SLOTS:
        return client.show_product(ShowProductRequest(product_id=product_id))


def asset_state(asset_id):
    return client.show_asset(ShowAssetRequest(asset_id=asset_id)).asset_state
