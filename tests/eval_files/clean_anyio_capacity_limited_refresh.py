"""Refresh cached asset details with anyio, but through a CapacityLimiter
(two at a time) and a semaphore, so the fan-out stays inside the API's limit;
a small fixed batch runs unbounded because it fits in one second."""
import os
import sys

import anyio
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient, ShowAssetRequest
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

LIMITER = anyio.CapacityLimiter(2)
SEMAPHORE = anyio.Semaphore(2)
PINNED = ["asset-hero", "asset-anchor", "asset-guide"]


def make_client():
    creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"])
    return (MetaStudioClient.new_builder()
            .with_credentials(creds)
            .with_region(MetaStudioRegion.value_of("cn-north-4"))
            .build())


async def refresh_one(client, asset_id):
    # at most 2 at once x 10/s = 20/s: exactly the limit, not above it
    async with LIMITER:
        client.show_asset(ShowAssetRequest(asset_id=asset_id))


async def refresh_guarded(client, asset_id):
    async with SEMAPHORE:
        client.show_asset(ShowAssetRequest(asset_id=asset_id))


async def refresh_pinned(client, asset_id):
    client.show_asset(ShowAssetRequest(asset_id=asset_id))


async def refresh_all(asset_ids):
    client = make_client()
    async with anyio.create_task_group() as tg:
        for asset_id in asset_ids:
            tg.start_soon(refresh_one, client, asset_id)
    async with anyio.create_task_group() as tg:
        for asset_id in asset_ids:
            tg.start_soon(refresh_guarded, client, asset_id)
    async with anyio.create_task_group() as tg:
        for asset_id in PINNED:
            tg.start_soon(refresh_pinned, client, asset_id)


if __name__ == "__main__":
    anyio.run(refresh_all, [line.strip() for line in open(sys.argv[1]) if line.strip()])
