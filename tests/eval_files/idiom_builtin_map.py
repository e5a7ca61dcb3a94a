"""Bulk product maintenance written in a functional style."""
import itertools
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    DeleteProductRequest,
    ListLivePlatformProductsRequest,
    MetaStudioClient,
    SetProductAssetRequest,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
    .with_region(MetaStudioRegion.CN_NORTH_4)
    .build()
)


def attach(product_id, assets):
    return client.set_product_asset(SetProductAssetRequest(product_id=product_id, body=assets))


def has_products(platform_id):
    resp = client.list_live_platform_products(ListLivePlatformProductsRequest(platform_id=platform_id, limit=1))
    return bool(resp.count)


def delete_all(product_ids):
    reqs = [DeleteProductRequest(product_id=p) for p in product_ids]
    # map runs one call after another: 10/s > 4/s (delete_product)
    return list(map(client.delete_product, reqs))  # expect: MST101 ~10/s


def platforms_in_use(platform_ids):
    # 10/s > 5/s (list_live_platform_products)
    return list(filter(has_products, platform_ids))  # expect: MST101 ~10/s


def attach_all(pairs):
    # 10/s > 4/s (set_product_asset)
    return list(itertools.starmap(attach, pairs))  # expect: MST101 ~10/s


def delete_lazily(product_ids):
    for resp in map(lambda p: client.delete_product(DeleteProductRequest(product_id=p)), product_ids):  # expect: MST101 ~10/s
        print(resp)


if __name__ == "__main__":
    delete_all(os.environ["PRODUCTS"].split(","))
