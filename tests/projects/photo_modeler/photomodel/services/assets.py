"""Digital assets produced by picture modeling."""
from huaweicloudsdkmetastudio.v1 import (
    CreateAssetByReplicationInfoRequest,
    DeleteAssetRequest,
    ReplicationAssetInfo,
    ShowAssetReplicationInfoRequest,
    ShowAssetRequest,
    UpdateDigitalAssetRequest,
    UpdateDigitalAssetRequestBody,
)

from photomodel.services.base import BaseService


class AssetService(BaseService):
    def show(self, asset_id):
        return self.client.show_asset(ShowAssetRequest(asset_id=asset_id))

    def delete(self, asset_id):
        return self.client.delete_asset(DeleteAssetRequest(asset_id=asset_id))

    def publish(self, asset_id):
        body = UpdateDigitalAssetRequestBody(asset_state="ACTIVED")
        return self.client.update_digital_asset(UpdateDigitalAssetRequest(asset_id=asset_id, body=body))

    def clone(self, asset_id):
        info = self.client.show_asset_replication_info(ShowAssetReplicationInfoRequest(asset_id=asset_id))
        body = ReplicationAssetInfo(asset_id=info.asset_id, asset_info=info.asset_info,
                                    encryption_info=info.encryption_info, expire_time=info.expire_time)
        return self.client.create_asset_by_replication_info(CreateAssetByReplicationInfoRequest(body=body))
