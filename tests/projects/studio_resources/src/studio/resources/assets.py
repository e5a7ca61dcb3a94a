from huaweicloudsdkmetastudio.v1 import CreateAssetByReplicationInfoRequest, DeleteAssetRequest

from studio.core.base import Resource
from studio.core.paging import PacedMixin


class AssetResource(PacedMixin, Resource):
    def copy(self, replication_info):
        request = CreateAssetByReplicationInfoRequest(body=replication_info)
        return self.client.create_asset_by_replication_info(request)

    def delete(self, asset_id):
        return self.client.delete_asset(DeleteAssetRequest(asset_id=asset_id))

    def delete_many(self, asset_ids):
        self.paced(asset_ids, self.delete)
