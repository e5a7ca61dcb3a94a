"""Bulk re-tag digital assets with a thread pool (the sequential version took 40 minutes)."""
import logging
import os
from concurrent.futures import ThreadPoolExecutor, as_completed

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    MetaStudioClient,
    RestoreAssetRequest,
    ShowAssetRequest,
    UpdateDigitalAssetRequest,
    UpdateDigitalAssetRequestBody,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

log = logging.getLogger("asset_tagger")
WORKERS = 8

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
    .with_region(MetaStudioRegion.CN_NORTH_4)
    .build()
)


def fetch(asset_ids):
    reqs = [ShowAssetRequest(asset_id=a) for a in asset_ids]
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        # 8 workers x 10/s = 80/s > 20/s (show_asset)
        return list(pool.map(client.show_asset, reqs))  # expect: MST102 ~80/s


def fetch_politely(asset_ids):
    reqs = [ShowAssetRequest(asset_id=a) for a in asset_ids]
    with ThreadPoolExecutor(max_workers=2) as pool:
        # 2 workers x 10/s = 20/s, not above 20/s: no finding
        return list(pool.map(client.show_asset, reqs))


def retag(assets, tag):
    failed = []
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        futures = {}
        for asset in assets:
            body = UpdateDigitalAssetRequestBody(asset_name=asset.asset_name, tags=sorted(set(asset.tags or []) | {tag}))
            req = UpdateDigitalAssetRequest(asset_id=asset.asset_id, body=body)
            # submit in a loop: 8 x 10/s = 80/s > 10/s (update_digital_asset)
            futures[pool.submit(client.update_digital_asset, req)] = asset.asset_id  # expect: MST102 ~80/s
        for fut in as_completed(futures):
            if fut.exception() is not None:
                failed.append(futures[fut])
    return failed


def undelete(asset_ids):
    with ThreadPoolExecutor(max_workers=2) as pool:
        # lambda wrapper, 2 x 10/s = 20/s > 10/s (restore_asset)
        return list(pool.map(lambda a: client.restore_asset(RestoreAssetRequest(asset_id=a)), asset_ids))  # expect: MST102 ~20/s


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    ids = [line.strip() for line in open(os.environ["ASSET_LIST"], encoding="utf-8") if line.strip()]
    assets = fetch(ids)
    log.info("failed: %s", retag(assets, os.environ.get("TAG", "2025-spring")))
