"""Digital assets: listing, manifests, media upload, re-tagging, archive snapshot."""
import hashlib
import os
import time
from concurrent.futures import ThreadPoolExecutor

import backoff
import requests
from huaweicloudsdkcore.exceptions import exceptions
from huaweicloudsdkmetastudio.v1 import (
    ConfirmFileUploadRequest,
    ConfirmFileUploadRequestBody,
    CreateFileRequest,
    FilesCreateReq,
    ListAssetsRequest,
    ShowAssetRequest,
    UpdateDigitalAssetRequest,
    UpdateDigitalAssetRequestBody,
)

from . import settings
from .clients import archive_client, studio


def list_all_assets(asset_type=None):
    """Every asset of the tenant, page by page, with a pause between pages."""
    assets, offset = [], 0
    while True:
        resp = studio.list_assets(ListAssetsRequest(offset=offset, limit=settings.PAGE_SIZE, asset_type=asset_type))
        batch = resp.assets or []
        assets.extend(batch)
        offset += len(batch)
        if not batch or offset >= (resp.count or 0):
            return assets
        time.sleep(settings.PAGE_PAUSE)


def _describe(asset_id):
    detail = studio.show_asset(ShowAssetRequest(asset_id=asset_id))
    time.sleep(0.15)  # 2 workers x 1 / (0.1 s + 0.15 s) = 8/s, under the 10/s of cn-east-3
    return {"id": detail.asset_id, "name": detail.asset_name, "state": detail.asset_state, "tags": detail.tags}


def export_manifest(asset_ids):
    with ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(_describe, asset_ids))


@backoff.on_exception(backoff.expo, exceptions.ClientRequestException, max_tries=5)
def _create_upload(asset_id, path):
    with open(path, "rb") as fh:
        md5 = hashlib.md5(fh.read()).hexdigest()
    body = FilesCreateReq(
        file_name=os.path.basename(path),
        file_md5=md5,
        file_size=os.path.getsize(path),
        file_type=os.path.splitext(path)[1].lstrip(".") or "mp4",
        asset_id=asset_id,
        asset_file_category="MAIN",
    )
    return studio.create_file(CreateFileRequest(body=body))


@backoff.on_exception(backoff.expo, exceptions.ClientRequestException, max_tries=5)
def _confirm_upload(file_id):
    body = ConfirmFileUploadRequestBody(state="CREATED")
    return studio.confirm_file_upload(ConfirmFileUploadRequest(file_id=file_id, body=body))


def _put_object(upload_url, path):
    """PUT the bytes to the pre-signed OBS URL returned by create_file (not a MetaStudio API)."""
    with open(path, "rb") as fh:
        requests.put(upload_url, data=fh, timeout=300).raise_for_status()


def upload_media(asset_id, paths):
    for path in paths:
        created = _create_upload(asset_id, path)
        _put_object(created.upload_url, path)
        _confirm_upload(created.file_id)
        time.sleep(settings.PAUSE)


def refresh_tags(tags_by_name):
    """Re-tag every 2D avatar from the merchandising sheet (autumn campaign)."""
    for asset in list_all_assets(asset_type="HUMAN_MODEL_2D"):
        tags = tags_by_name.get(asset.asset_name)
        if not tags or tags == asset.tags:
            continue
        body = UpdateDigitalAssetRequestBody(tags=tags)
        studio.update_digital_asset(UpdateDigitalAssetRequest(asset_id=asset.asset_id, body=body))  # expect: MST101 ~10/s


def archive_snapshot():
    """Number of masters in the archive tenant (one call, nightly cron)."""
    return archive_client().list_assets(ListAssetsRequest(limit=1, asset_type="VIDEO")).count
