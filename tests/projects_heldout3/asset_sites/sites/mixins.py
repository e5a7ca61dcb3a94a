"""Capabilities mixed into the site services."""
from huaweicloudsdkmetastudio.v1 import (
    BatchExecuteAssetActionRequest,
    CreateDigitalAssetRequest,
    CreateSmartChatRoomRequest,
    ShowAssetRequest,
)


class AssetMixin:
    def upload_asset(self, body):
        return self.client.create_digital_asset(CreateDigitalAssetRequest(body=body))

    def asset(self, asset_id):
        return self.client.show_asset(ShowAssetRequest(asset_id=asset_id))

    def batch(self, body):
        return self.client.batch_execute_asset_action(BatchExecuteAssetActionRequest(body=body))


class DialogMixin:
    def open_dialog(self, body):
        return self.client.create_smart_chat_room(CreateSmartChatRoomRequest(body=body))  # expect: MST201
