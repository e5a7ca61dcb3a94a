"""anyio task group capped by a CapacityLimiter and a semaphore."""
import os

import anyio
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient, ShowAssetRequest, ShowProductRequest
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
    .with_region(MetaStudioRegion.CN_NORTH_4)
    .build()
)

LIMITER = anyio.CapacityLimiter(2)
SLOTS = anyio.Semaphore(2)


async def fetch_asset(asset_id, results):
    async with LIMITER:  # 2 x 10/s = 20/s <= 20/s (show_asset)
        results[asset_id] = await anyio.to_thread.run_sync(client.show_asset, ShowAssetRequest(asset_id=asset_id))


async def fetch_product(product_id, results):
    async with SLOTS:  # 2 x 10/s = 20/s <= 20/s (show_product)
        results[product_id] = await anyio.to_thread.run_sync(client.show_product, ShowProductRequest(product_id=product_id))


async def fetch_all(asset_ids, product_ids):
    results = {}
    async with anyio.create_task_group() as tg:
        for asset_id in asset_ids:
            tg.start_soon(fetch_asset, asset_id, results)
        for product_id in product_ids:
            tg.start_soon(fetch_product, product_id, results)
    return results


if __name__ == "__main__":
    anyio.run(fetch_all, os.environ["ASSETS"].split(","), [])
