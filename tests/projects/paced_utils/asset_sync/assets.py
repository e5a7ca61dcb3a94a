"""Digital-asset and photo-modeling operations, throttled on the client side."""
from huaweicloudsdkmetastudio.v1 import (
    CreatePictureModelingByUrlJobRequest,
    DeleteAssetRequest,
    ListAssetsRequest,
    PictureModelingByUrlReq,
    RestoreAssetRequest,
    ShowAssetRequest,
    ShowPictureModelingJobRequest,
)

from asset_sync import settings
from asset_sync.factory import make_client
from asset_sync.utils import sdk_retry, throttled


class AssetService:
    def __init__(self, client=None):
        self._client = client or make_client()

    def list_assets(self, offset, limit=settings.PAGE_SIZE):
        return self._client.list_assets(ListAssetsRequest(offset=offset, limit=limit))

    @throttled(calls=settings.READ_CALLS_PER_SECOND)
    def show_asset(self, asset_id):
        return self._client.show_asset(ShowAssetRequest(asset_id=asset_id))

    @throttled(calls=1)
    @sdk_retry
    def delete_asset(self, asset_id):
        return self._client.delete_asset(DeleteAssetRequest(asset_id=asset_id))

    def restore_asset(self, asset_id):
        return self._client.restore_asset(RestoreAssetRequest(asset_id=asset_id))

    def create_picture_modeling_by_url_job(self, picture_url, name, style_id="system_male_001"):
        body = PictureModelingByUrlReq(picture_url=picture_url, name=name, style_id=style_id)
        return self._client.create_picture_modeling_by_url_job(CreatePictureModelingByUrlJobRequest(body=body))

    @sdk_retry
    def show_picture_modeling_job(self, job_id):
        return self._client.show_picture_modeling_job(ShowPictureModelingJobRequest(job_id=job_id))
