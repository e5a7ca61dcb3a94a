"""Digital assets (images, videos, 2D avatar models) used by the products."""
import logging
import time
from typing import Iterator, List

import backoff
from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException
from huaweicloudsdkmetastudio.v1 import (
    ListAssetsRequest,
    ShowAssetRequest,
    UpdateDigitalAssetRequest,
    UpdateDigitalAssetRequestBody,
)

from ..core.clients import get_client, get_dr_client
from ..core.settings import SETTINGS
from ..core.throttle import PAGE_PAUSE_S

log = logging.getLogger(__name__)


def _not_throttled(exc: ClientRequestException) -> bool:
    return exc.status_code != 429 and exc.error_code != "APIGW.0308"


class AssetService:
    def __init__(self):
        self._client = get_client()

    def show(self, asset_id: str, *, with_files: bool = False):
        resp = self._client.show_asset(ShowAssetRequest(asset_id=asset_id))
        if not with_files:
            resp.files = None
        return resp

    @backoff.on_exception(backoff.expo, ClientRequestException, max_tries=6, max_value=30,
                          giveup=_not_throttled)
    def tag(self, asset_id: str, tags: List[str]) -> None:
        body = UpdateDigitalAssetRequestBody(tags=tags)
        self._client.update_digital_asset(UpdateDigitalAssetRequest(asset_id=asset_id, body=body))

    def count(self, asset_type: str) -> int:
        return self._client.list_assets(ListAssetsRequest(asset_type=asset_type, limit=1)).count or 0

    def iter_assets(self, asset_state: str = "ACTIVED") -> Iterator:
        offset = 0
        while True:
            request = ListAssetsRequest(offset=offset, limit=SETTINGS.page_size, asset_state=asset_state)
            assets = self._client.list_assets(request).assets or []
            for asset in assets:
                yield asset
            offset += len(assets)
            if len(assets) < SETTINGS.page_size:
                break
            time.sleep(PAGE_PAUSE_S)


def exists_in_dr(asset_id: str) -> bool:
    """Whether the asset was already copied to the disaster-recovery library."""
    try:
        get_dr_client().show_asset(ShowAssetRequest(asset_id=asset_id))
    except ClientRequestException as exc:
        if exc.status_code == 404:
            return False
        raise
    return True
