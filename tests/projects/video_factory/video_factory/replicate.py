"""Copy finished videos into the Guangzhou studio's tenant (asset replication)."""
import logging
from typing import Iterable

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    CreateAssetByReplicationInfoRequest,
    MetaStudioClient,
    ReplicationAssetInfo,
    ShowAssetReplicationInfoRequest,
)

from . import settings
from .clients import build_client

log = logging.getLogger(__name__)


class Replicator:
    def __init__(self, source: MetaStudioClient, target: MetaStudioClient) -> None:
        self.source = source
        self.target = target

    def copy(self, asset_id: str) -> None:
        info = self.source.show_asset_replication_info(ShowAssetReplicationInfoRequest(asset_id=asset_id))
        body = ReplicationAssetInfo(asset_id=info.asset_id, asset_info=info.asset_info,
                                    encryption_info=info.encryption_info, expire_time=info.expire_time)
        self.target.create_asset_by_replication_info(CreateAssetByReplicationInfoRequest(body=body))


def replica_replicator() -> Replicator:
    creds = BasicCredentials(settings.REPLICA_AK, settings.REPLICA_SK, settings.REPLICA_PROJECT_ID)
    return Replicator(build_client(settings.REGION), build_client(settings.REPLICA_REGION, creds))


def replicate_all(asset_ids: Iterable[str]) -> int:
    replicator = replica_replicator()
    copied = 0
    for asset_id in asset_ids:
        replicator.copy(asset_id)  # expect: MST101 ~5.0/s
        copied += 1
        log.info("replicated asset %s to %s", asset_id, settings.REPLICA_REGION)
    return copied
