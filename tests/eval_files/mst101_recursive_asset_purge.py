# flake8-options: --metastudio-region=cn-east-3
"""Purge an asset bundle and everything derived from it, following our manifest.json.

manifest.json: {"<asset_id>": ["<derived asset id>", ...], ...}
"""
from __future__ import annotations

import json
import logging
import os
import sys

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import DeleteAssetRequest, MetaStudioClient

log = logging.getLogger("asset_purge")

SHANGHAI = "https://metastudio.cn-east-3.myhuaweicloud.com"


def purge_asset(client: "MetaStudioClient", asset_id: str, manifest: dict, seen: set) -> None:
    seen.add(asset_id)
    client.delete_asset(DeleteAssetRequest(asset_id=asset_id))
    log.info("deleted %s", asset_id)
    derived = manifest.get(asset_id)
    if derived:
        purge_bundle(client, derived, manifest, seen)


def purge_bundle(client: "MetaStudioClient", asset_ids: list, manifest: dict, seen: set) -> None:
    for asset_id in [a for a in asset_ids if a not in seen]:
        # purge_asset -> delete_asset, mutually recursive with this function:
        # 1 call per iteration, 10/s > 5/s (delete_asset, cn-east-3)
        purge_asset(client, asset_id, manifest, seen)  # expect: MST101 ~10/s @9


def main(manifest_path: str, roots: list) -> int:
    with open(manifest_path, encoding="utf-8") as fh:
        manifest = json.load(fh)
    creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"])
    client = MetaStudioClient.new_builder().with_credentials(creds).with_endpoints([SHANGHAI]).build()
    seen: set = set()
    purge_bundle(client, roots, manifest, seen)
    log.info("purged %d assets", len(seen))
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main(sys.argv[1], sys.argv[2:]))
