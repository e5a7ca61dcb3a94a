"""Source and target side of a migration."""
import logging
import time

from huaweicloudsdkcore.exceptions import exceptions
from huaweicloudsdkmetastudio.v1 import (
    CreateAssetByReplicationInfoRequest,
    DeleteAssetRequest,
    ListAssetsRequest,
    ReplicationAssetInfo,
    ShowAssetReplicationInfoRequest,
    ShowAssetRequest,
    UpdateDigitalAssetRequest,
    UpdateDigitalAssetRequestBody,
)
from tenacity import retry, retry_if_exception_type, stop_after_attempt

from .clients import build_client
from .retry import retry_transient, with_backoff
from .settings import MIGRATED_TAG, MigrationConfig

log = logging.getLogger(__name__)


class AssetMigrator:
    def __init__(self, cfg: MigrationConfig):
        self.cfg = cfg
        self.source = build_client(cfg.source_region)
        self.target = build_client(cfg.target_region)

    def list_source_assets(self) -> list:
        assets, offset = [], 0
        while True:
            request = ListAssetsRequest(offset=offset, limit=self.cfg.page_size, asset_type=self.cfg.asset_type)
            page = self.source.list_assets(request).assets or []
            assets.extend(page)
            offset += len(page)
            if len(page) < self.cfg.page_size:
                return assets
            time.sleep(self.cfg.page_pause_s)

    def replication_info(self, asset_id: str):
        return self.source.show_asset_replication_info(ShowAssetReplicationInfoRequest(asset_id=asset_id))

    @with_backoff(attempts=5)
    def copy_asset(self, info) -> None:
        body = ReplicationAssetInfo(
            asset_id=info.asset_id,
            asset_info=info.asset_info,
            encryption_info=info.encryption_info,
            expire_time=info.expire_time,
        )
        self.target.create_asset_by_replication_info(CreateAssetByReplicationInfoRequest(body=body))
        log.info("copied %s", info.asset_id)

    @retry_transient(attempts=3)
    def mark_migrated(self, asset_id: str):
        body = UpdateDigitalAssetRequestBody(tags=[MIGRATED_TAG])
        return self.source.update_digital_asset(UpdateDigitalAssetRequest(asset_id=asset_id, body=body))

    def target_state(self, asset_id: str) -> str:
        return self.target.show_asset(ShowAssetRequest(asset_id=asset_id)).asset_state

    @retry(
        stop=stop_after_attempt(4),
        retry=retry_if_exception_type(exceptions.ClientRequestException),
        reraise=True,
    )
    def delete_source_asset(self, asset_id: str) -> None:
        self.source.delete_asset(DeleteAssetRequest(asset_id=asset_id))  # expect: MST104


def probe_region(region_id: str) -> int:
    """Check that credentials and project id work in a region: returns its asset count."""
    client = build_client(region_id)
    return client.list_assets(ListAssetsRequest(limit=1)).count
