"""Plain REST access for the endpoints the portal's tooling drives without the SDK.

Token auth: an IAM token in ``X-Auth-Token``; the host is fixed to Shanghai.
"""
import os
import time

import requests

API_HOST = "https://metastudio.cn-east-3.myhuaweicloud.com"
PROJECT_ID = os.environ.get("MS_PROJECT_ID", "")
PAGE_SIZE = 100


def _headers():
    return {"X-Auth-Token": os.environ["MS_IAM_TOKEN"], "Content-Type": "application/json"}


def retag_assets(tags_by_asset):
    """Replace the tags of many assets, one PUT per asset."""
    updated = 0
    for asset_id, tags in tags_by_asset.items():
        resp = requests.put(f"{API_HOST}/v1/{PROJECT_ID}/digital-assets/{asset_id}", json={"tags": tags}, headers=_headers(), timeout=10)  # expect: MST101 ~10.0/s
        resp.raise_for_status()
        updated += 1
    return updated


def all_assets(asset_type):
    """Page through every asset of a type, pausing between pages."""
    offset = 0
    assets = []
    while True:
        resp = requests.get(
            f"{API_HOST}/v1/{PROJECT_ID}/digital-assets",
            params={"asset_type": asset_type, "offset": offset, "limit": PAGE_SIZE},
            headers=_headers(),
            timeout=10,
        )
        resp.raise_for_status()
        page = resp.json().get("assets", [])
        assets.extend(page)
        if len(page) < PAGE_SIZE:
            return assets
        offset += PAGE_SIZE
        time.sleep(0.2)
