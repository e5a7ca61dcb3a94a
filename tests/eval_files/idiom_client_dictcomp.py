"""Clients per region from a dict comprehension; tenants name their region."""
import os
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    CreateProductRequest,
    CreateProductRequestBody,
    MetaStudioClient,
    UpdateProductRequest,
    UpdateProductRequestBody,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

REGIONS = ("cn-north-4", "cn-east-3")


def _build(region_id):
    creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"])
    return MetaStudioClient.new_builder().with_credentials(creds).with_region(MetaStudioRegion.value_of(region_id)).build()


CLIENTS = {region_id: _build(region_id) for region_id in REGIONS}


def seed_all(names):
    for region_id, client in CLIENTS.items():
        for name in names:
            # 10/s > 4/s (cn-north-4) and > 3/s (cn-east-3)
            client.create_product(CreateProductRequest(body=CreateProductRequestBody(name=name)))  # expect: MST101 ~10/s


def reprice(tenants):
    for tenant in tenants:
        body = UpdateProductRequestBody(description=tenant["price_text"])
        # non-constant key: 1 / 0.3 s = 3.3/s is > 3/s in cn-east-3 but not > 4/s in cn-north-4:
        # it does not hold for every region the dict may yield, so no finding
        CLIENTS[tenant["region"]].update_product(UpdateProductRequest(product_id=tenant["product_id"], body=body))
        time.sleep(0.2)


def flood(tenants):
    for tenant in tenants:
        # no delay: 10/s is above the limit in both regions the dict may yield
        CLIENTS[tenant["region"]].create_product(CreateProductRequest(body=CreateProductRequestBody(name=tenant["name"])))  # expect: MST101 ~10/s


if __name__ == "__main__":
    seed_all(["mug"])
