"""Create products concurrently with an anyio task group."""
import os

import anyio
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    CreateProductRequest,
    CreateProductRequestBody,
    MetaStudioClient,
    ShowAssetRequest,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
    .with_region(MetaStudioRegion.CN_NORTH_4)
    .build()
)


async def create_one(name, results):
    req = CreateProductRequest(body=CreateProductRequestBody(name=name))
    results.append(await anyio.to_thread.run_sync(client.create_product, req))


async def fetch_one(asset_id, results):
    results[asset_id] = await anyio.to_thread.run_sync(client.show_asset, ShowAssetRequest(asset_id=asset_id))


async def create_all(names):
    results = []
    async with anyio.create_task_group() as tg:
        for name in names:
            # unbounded: 32 x 10/s = 320/s > 4/s (create_product)
            tg.start_soon(create_one, name, results)  # expect: MST102 ~320/s
    return results


async def fetch_all(asset_ids):
    results = {}
    async with anyio.create_task_group() as tg:
        for asset_id in asset_ids:
            # 32 x 10/s = 320/s > 20/s (show_asset)
            tg.start_soon(fetch_one, asset_id, results)  # expect: MST102 ~320/s
    return results


if __name__ == "__main__":
    anyio.run(create_all, os.environ["NAMES"].split(","))
