"""Futures of the async client: waited one at a time (sequential, 10/s <= 20/s) or collected (fan-out)."""
from huaweicloudsdkmetastudio.v1 import MetaStudioAsyncClient, ShowAssetRequest, CreateProductRequest

aclient = MetaStudioAsyncClient.new_builder().build()


def one_by_one(ids):
    for asset_id in ids:
        fut = aclient.show_asset_async(ShowAssetRequest(asset_id=asset_id))
        print(fut.result())


def fire(items):
    futs = []
    for item in items:
        fut = aclient.create_product_async(CreateProductRequest(body=item))  # expect: MST102
        futs.append(fut)
    return [f.result() for f in futs]
