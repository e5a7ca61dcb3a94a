"""Register new media files as MetaStudio assets: create asset, upload file, confirm, wait."""
import base64
import hashlib
import logging
import os

import requests

from asset_cdn_sync import settings
from asset_cdn_sync.catalog import ASSETS_PATH
from asset_cdn_sync.http_session import MetaStudioSession
from asset_cdn_sync.retry import request_with_backoff

log = logging.getLogger(__name__)

FILES_PATH = f"/v1/{settings.PROJECT_ID}/files"
FAILED_STATES = ("FAILED", "BLOCK", "DELETED")


def _md5_b64(local_path: str) -> str:
    digest = hashlib.md5()
    with open(local_path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return base64.b64encode(digest.digest()).decode("ascii")


def create_asset(session: MetaStudioSession, name: str) -> str:
    body = {"asset_name": name, "asset_type": "VIDEO", "tags": [settings.SYNC_TAG]}
    return request_with_backoff(session, "POST", ASSETS_PATH, json=body).json()["asset_id"]


def create_file(session: MetaStudioSession, asset_id: str, local_path: str) -> dict:
    body = {
        "file_name": os.path.basename(local_path),
        "file_md5": _md5_b64(local_path),
        "file_size": os.path.getsize(local_path),
        "file_type": "MP4",
        "asset_id": asset_id,
        "asset_file_category": "MAIN",
    }
    return request_with_backoff(session, "POST", FILES_PATH, json=body).json()


def confirm_upload(session: MetaStudioSession, file_id: str) -> None:
    # The adapter's Retry does not cover POST, so a throttled confirm is retried here.
    url = f"{FILES_PATH}/{file_id}/complete"
    for attempt in range(3):
        resp = session.post(url, json={"state": "CREATED"})  # expect: MST104
        if resp.status_code == 429:
            log.warning("confirm of file %s throttled (attempt %d)", file_id, attempt + 1)
            continue
        resp.raise_for_status()
        return
    raise RuntimeError(f"could not confirm the upload of file {file_id}")


def wait_until_active(session: MetaStudioSession, asset_id: str) -> dict:
    path = f"{ASSETS_PATH}/{asset_id}"
    while True:
        asset = request_with_backoff(session, "GET", path).json()  # expect: MST103
        state = asset.get("asset_state")
        if state == "ACTIVED":
            return asset
        if state in FAILED_STATES:
            raise RuntimeError(f"asset {asset_id} ended in state {state}")


def register_new_files(session: MetaStudioSession, local_paths: list) -> list:
    asset_ids = []
    for local_path in local_paths:
        name = os.path.splitext(os.path.basename(local_path))[0]
        asset_id = create_asset(session, name)
        upload = create_file(session, asset_id, local_path)
        with open(local_path, "rb") as fh:  # the upload URL is a signed OBS URL
            requests.put(upload["upload_url"], data=fh, timeout=600).raise_for_status()
        confirm_upload(session, upload["file_id"])
        wait_until_active(session, asset_id)
        log.info("registered %s as asset %s", local_path, asset_id)
        asset_ids.append(asset_id)
    return asset_ids
