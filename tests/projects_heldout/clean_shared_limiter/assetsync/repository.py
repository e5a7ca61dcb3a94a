"""Digital assets, read and written under the shared throttles."""
from huaweicloudsdkmetastudio.v1 import (
    MetaStudioClient,
    ShowAssetRequest,
    UpdateDigitalAssetRequest,
    UpdateDigitalAssetRequestBody,
)

from assetsync.throttle import ASSET_READS, ASSET_WRITES


class AssetRepository:
    def __init__(self, client: MetaStudioClient):
        self.client = client

    def get(self, asset_id):
        with ASSET_READS:
            return self.client.show_asset(ShowAssetRequest(asset_id=asset_id))

    def retag(self, asset_id, name, tags):
        ASSET_WRITES.try_acquire("asset-writes")
        body = UpdateDigitalAssetRequestBody(asset_name=name, tags=tags)
        return self.client.update_digital_asset(UpdateDigitalAssetRequest(asset_id=asset_id, body=body))
