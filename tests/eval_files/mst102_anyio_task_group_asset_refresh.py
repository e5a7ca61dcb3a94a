"""Refresh the cached details of every digital-human asset in the catalogue,
one anyio task per asset (structured concurrency, no bound on the fan-out)."""
import json
import os
import sys

import anyio
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient, ShowAssetRequest, UpdateDigitalAssetRequest
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

CACHE_DIR = os.environ.get("ASSET_CACHE", "/var/cache/assets")


def make_client():
    creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"])
    return (MetaStudioClient.new_builder()
            .with_credentials(creds)
            .with_region(MetaStudioRegion.value_of("cn-north-4"))
            .build())


async def refresh_one(client, asset_id):
    details = client.show_asset(ShowAssetRequest(asset_id=asset_id))
    with open(os.path.join(CACHE_DIR, asset_id + ".json"), "w") as fh:
        json.dump(details.to_dict(), fh)


async def retag(client, asset_id, tag):
    client.update_digital_asset(UpdateDigitalAssetRequest(asset_id=asset_id, body={"tags": [tag]}))


async def refresh_all(asset_ids):
    client = make_client()
    async with anyio.create_task_group() as tg:
        for asset_id in asset_ids:
            # 32 tasks at once (--metastudio-max-concurrency) x 10/s each = 320/s > 20/s
            tg.start_soon(refresh_one, client, asset_id)  # expect: MST102 ~320/s @13


async def retag_all(asset_ids, tag):
    client = make_client()
    async with anyio.create_task_group() as group:
        for asset_id in asset_ids:
            group.start_soon(retag, client, asset_id, tag)  # expect: MST102 @13


if __name__ == "__main__":
    ids = [line.strip() for line in open(sys.argv[1]) if line.strip()]
    anyio.run(refresh_all, ids)
    anyio.run(retag_all, ids, "spring-2026")
