from huaweicloudsdkmetastudio.v1 import (
    BatchExecuteAssetActionRequest,
    CreateSmartLiveRoomReq,
    CreateSmartLiveRoomRequest,
    DeleteAssetRequest,
    ListAssetsRequest,
    RestoreAssetRequest,
    VoiceConfig,
)

from ..constants import PAGE_SIZE, PRESENTER_TIMBRE
from ..utils.retry import retry


class AssetMixin:
    def list_page(self, offset):
        return self.client.list_assets(ListAssetsRequest(offset=offset, limit=PAGE_SIZE))

    def delete(self, asset_id):
        return self.client.delete_asset(DeleteAssetRequest(asset_id=asset_id))

    def batch_delete(self, asset_ids):
        body = {"action": "DELETE", "asset_id_list": list(asset_ids)}
        return self.client.batch_execute_asset_action(BatchExecuteAssetActionRequest(body=body))

    @retry(times=5)
    def restore(self, asset_id):
        return self.client.restore_asset(RestoreAssetRequest(asset_id=asset_id))


class PresenterMixin:
    def open_showroom(self, name):
        voice = VoiceConfig(voice_asset_id=PRESENTER_TIMBRE)
        body = CreateSmartLiveRoomReq(room_name=name, voice_config=voice)
        return self.client.create_smart_live_room(CreateSmartLiveRoomRequest(body=body))
