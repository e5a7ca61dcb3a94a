"""Module-level MetaStudio client and the thin helpers the views and jobs use."""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    ConfirmFileUploadRequest,
    CreateAssetByReplicationInfoRequest,
    DeleteAssetRequest,
    DeleteFileRequest,
    ListAssetsRequest,
    MetaStudioClient,
    ShowAssetRequest,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from app.config import ACTIVE

_credentials = BasicCredentials(
    os.environ["MS_AK"],
    os.environ["MS_SK"],
    os.environ["MS_PROJECT_ID"],
)

client = (
    MetaStudioClient.new_builder()
    .with_credentials(_credentials)
    .with_region(MetaStudioRegion.value_of(ACTIVE.METASTUDIO_REGION))
    .build()
)


def confirm_upload(file_id):
    """Tell MetaStudio that the OBS upload for ``file_id`` has finished."""
    request = ConfirmFileUploadRequest(file_id=file_id)
    return client.confirm_file_upload(request)


def delete_uploaded_file(file_id):
    return client.delete_file(DeleteFileRequest(file_id=file_id))


def copy_asset(replication_info):
    """Copy an asset shared from another tenant, given its replication info blob."""
    request = CreateAssetByReplicationInfoRequest(body=replication_info)
    return client.create_asset_by_replication_info(request)


def list_assets(asset_type, limit=50):
    request = ListAssetsRequest(asset_type=asset_type, limit=limit)
    return client.list_assets(request)


def show_asset(asset_id):
    return client.show_asset(ShowAssetRequest(asset_id=asset_id))


def delete_asset(asset_id):
    return client.delete_asset(DeleteAssetRequest(asset_id=asset_id))
