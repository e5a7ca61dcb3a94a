"""map/filter/starmap over paced helpers and cheap queries."""
import itertools
import os
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import DeleteProductRequest, MetaStudioClient, SetProductAssetRequest, ShowProductRequest
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
    .with_region(MetaStudioRegion.CN_NORTH_4)
    .build()
)


def delete_one(product_id):
    client.delete_product(DeleteProductRequest(product_id=product_id))
    time.sleep(0.3)  # 1 / 0.4 s = 2.5/s <= 4/s


def attach(product_id, assets):
    client.set_product_asset(SetProductAssetRequest(product_id=product_id, body=assets))
    time.sleep(0.25)  # 1 / 0.35 s = 2.9/s <= 4/s


def exists(product_id):
    return client.show_product(ShowProductRequest(product_id=product_id)) is not None


def clean_up(product_ids, pairs):
    list(map(delete_one, product_ids))
    list(itertools.starmap(attach, pairs))
    return list(filter(exists, product_ids))  # 10/s <= 20/s (show_product)


if __name__ == "__main__":
    clean_up(os.environ["PRODUCTS"].split(","), [])
