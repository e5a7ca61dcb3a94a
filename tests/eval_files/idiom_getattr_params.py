"""Bulk operations chosen by name at the call site."""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import DeleteAssetRequest, DeleteProductRequest, MetaStudioClient, ShowAssetRequest
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"]))
    .with_region(MetaStudioRegion.CN_EAST_3)
    .build()
)
ASSET_OP = "delete_asset"


def bulk(op_name, requests):
    operation = getattr(client, op_name)
    for req in requests:
        # delete_product in cn-east-3: 10/s > 3/s
        operation(req)  # expect: MST101 ~10/s


def bulk_default(requests, op_name=ASSET_OP):
    for req in requests:
        # delete_asset in cn-east-3: 10/s > 5/s
        getattr(client, op_name, None)(req)  # expect: MST101 ~10/s


class Auditor:
    def __init__(self):
        self.client = client

    def check_all(self, asset_ids):
        for asset_id in asset_ids:
            # show_asset in cn-east-3: 10/s <= 10/s, fine
            getattr(self.client, "show_asset")(ShowAssetRequest(asset_id=asset_id))


def run(product_ids, asset_ids):
    bulk("delete_product", [DeleteProductRequest(product_id=p) for p in product_ids])
    bulk_default([DeleteAssetRequest(asset_id=a) for a in asset_ids])
    getattr(Auditor(), "check_all")(asset_ids)
