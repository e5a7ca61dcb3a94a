"""API mixins of the catalogue service: digital assets and video scripts."""
from __future__ import annotations

from typing import Iterable

from huaweicloudsdkmetastudio.v1 import (
    CopyVideoScriptsRequest,
    CreateAssetByReplicationInfoRequest,
    DeleteAssetRequest,
    DeleteVideoScriptRequest,
    ListAssetsRequest,
    MetaStudioClient,
    RestoreAssetRequest,
    ShowAssetReplicationInfoRequest,
    ShowAssetRequest,
    UpdateDigitalAssetRequest,
    UpdateDigitalAssetRequestBody,
    UpdateVideoScriptRequest,
    UpdateVideoScriptsReq,
)

from assetsync import conf
from assetsync.utils.retry import backoff_on_throttle


class AssetQueryMixin:
    client: MetaStudioClient

    def list_all_assets(self, asset_type: str | None = None) -> list:
        """All assets of the tenant, page by page."""
        assets: list = []
        offset = 0
        while True:
            request = ListAssetsRequest(offset=offset, limit=conf.PAGE_SIZE, asset_type=asset_type)
            page = self.client.list_assets(request)
            assets.extend(page.assets or [])
            offset += conf.PAGE_SIZE
            if offset >= (page.count or 0):
                return assets

    def count_assets(self) -> int:
        return self.client.list_assets(ListAssetsRequest(limit=1)).count or 0

    def get_asset(self, asset_id: str):
        return self.client.show_asset(ShowAssetRequest(asset_id=asset_id))

    def replication_info(self, asset_id: str):
        return self.client.show_asset_replication_info(ShowAssetReplicationInfoRequest(asset_id=asset_id))


class AssetWriteMixin:
    client: MetaStudioClient

    def tag_asset(self, asset_id: str, tags: Iterable[str]) -> None:
        body = UpdateDigitalAssetRequestBody(tags=sorted(tags))
        self.client.update_digital_asset(UpdateDigitalAssetRequest(asset_id=asset_id, body=body))

    def delete_asset(self, asset_id: str) -> None:
        self.client.delete_asset(DeleteAssetRequest(asset_id=asset_id))

    def restore_asset(self, asset_id: str) -> None:
        self.client.restore_asset(RestoreAssetRequest(asset_id=asset_id))

    def import_replica(self, replica) -> str:
        """Create an asset in this tenant from another tenant's replication info."""
        resp = self.client.create_asset_by_replication_info(CreateAssetByReplicationInfoRequest(body=replica))
        return resp.asset_id


class ScriptMixin:
    client: MetaStudioClient

    @backoff_on_throttle(attempts=4)
    def copy_script(self, script_id: str) -> str:
        return self.client.copy_video_scripts(CopyVideoScriptsRequest(script_id=script_id)).script_id

    def rename_script(self, script_id: str, name: str) -> None:
        body = UpdateVideoScriptsReq(script_name=name)
        self.client.update_video_script(UpdateVideoScriptRequest(script_id=script_id, body=body))

    def delete_script(self, script_id: str) -> None:
        self.client.delete_video_script(DeleteVideoScriptRequest(script_id=script_id))
