"""Nightly catalog jobs: refresh assets, poll render jobs and retry throttled
product creation (written to check `metastudio-lint fix` on code it was not
tuned on)."""
import asyncio
import logging
import time as clock
from concurrent.futures import ThreadPoolExecutor

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException
from huaweicloudsdkmetastudio.v1 import (CreateProductRequest, DeleteAssetRequest, MetaStudioAsyncClient,
                                         MetaStudioClient, ShowAssetRequest)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

log = logging.getLogger(__name__)
creds = BasicCredentials("ak", "sk", "project")
client = MetaStudioClient.new_builder().with_credentials(creds).with_region(MetaStudioRegion.CN_NORTH_4).build()


def refresh(asset_ids):
    started = clock.monotonic()
    with ThreadPoolExecutor(max_workers=16) as pool:
        details = list(pool.map(lambda a: client.show_asset(ShowAssetRequest(asset_id=a)), asset_ids))  # expect: MST102
    log.info("refreshed %d assets in %.1f s", len(details), clock.monotonic() - started)
    return details


def purge(asset_ids):
    removed = 0
    for asset_id in asset_ids:
        if not asset_id:
            continue
        client.delete_asset(DeleteAssetRequest(asset_id=asset_id))  # 10/s allowed: not above it
        removed += 1
    return removed


def create_products(bodies):
    created = []
    for body in bodies:
        attempts = 0
        while attempts < 4:
            try:
                created.append(client.create_product(CreateProductRequest(body=body)))  # expect: MST104
                break
            except ClientRequestException as exc:
                log.warning("create_product failed: %s", exc.error_code)
                attempts += 1
    return created


async def wait_until_ready(async_client: MetaStudioAsyncClient, asset_id):
    while True:
        asset = await asyncio.wrap_future(async_client.show_asset_async(ShowAssetRequest(asset_id=asset_id)))  # expect: MST103
        if asset.asset_state == "ACTIVED":
            return asset
