"""Publish the asset manifest to our CDN origin (the CDN pulls the media from MetaStudio)."""
import json

import requests

from asset_cdn_sync import settings


def cdn_url(asset_id: str, file_name: str) -> str:
    return f"{settings.CDN_PUBLIC_BASE}/{asset_id}/{file_name}"


def manifest_entries(details: list) -> list:
    entries = []
    for asset in details:
        for f in asset.get("files") or []:
            if f.get("asset_file_category") == "MAIN" and f.get("download_url"):
                entries.append({
                    "asset_id": asset["asset_id"],
                    "name": asset.get("asset_name"),
                    "origin": f["download_url"],
                    "cdn": cdn_url(asset["asset_id"], f["file_name"]),
                })
    return entries


def publish_manifest(details: list) -> int:
    entries = manifest_entries(details)
    for entry in entries:
        resp = requests.put(
            f"{settings.CDN_ORIGIN}/manifest/{entry['asset_id']}.json",
            data=json.dumps(entry),
            headers={"Content-Type": "application/json"},
            timeout=settings.REQUEST_TIMEOUT_S,
        )
        resp.raise_for_status()
    return len(entries)
