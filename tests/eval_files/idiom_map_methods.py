"""map/filter over bound methods of a service, and pandas apply on a column."""
import itertools
import os

import pandas as pd
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import DeleteProductRequest, MetaStudioClient, ShowAssetRequest, UpdateProductRequest
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion


def build():
    creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"])
    return MetaStudioClient.new_builder().with_credentials(creds).with_region(MetaStudioRegion.CN_EAST_3).build()


class Catalog:
    def __init__(self):
        self.client = build()

    def remove(self, product_id):
        self.client.delete_product(DeleteProductRequest(product_id=product_id))
        return product_id

    def is_ready(self, asset_id):
        return self.client.show_asset(ShowAssetRequest(asset_id=asset_id)) is not None

    def touch(self, product_id, body):
        self.client.update_product(UpdateProductRequest(product_id=product_id, body=body))


def purge(product_ids):
    cat = Catalog()
    # delete_product in cn-east-3: 10/s > 3/s
    removed = list(map(cat.remove, product_ids))  # expect: MST101 ~10/s
    return removed


def ready(asset_ids):
    cat = Catalog()
    # show_asset in cn-east-3: 10/s <= 10/s
    return [a for a in filter(cat.is_ready, asset_ids)]


def touch_all(pairs):
    cat = Catalog()
    # update_product in cn-east-3: 10/s > 3/s
    for _ in itertools.starmap(cat.touch, pairs):  # expect: MST101 ~10/s
        pass


def purge_frame(path):
    frame = pd.read_csv(path)
    cat = Catalog()
    frame["product_id"].apply(cat.remove)  # expect: MST101 ~10/s
