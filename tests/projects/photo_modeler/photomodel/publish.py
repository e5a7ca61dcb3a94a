"""Publish finished avatars so the storefront can use them."""
import logging

from huaweicloudsdkcore.exceptions import exceptions

from photomodel.services.assets import AssetService
from photomodel.services.base import build_client

log = logging.getLogger(__name__)
assets = AssetService(build_client())


def publish_avatar(asset_id, attempts=3):
    for attempt in range(attempts):
        try:
            return assets.publish(asset_id)  # expect: MST104
        except exceptions.ClientRequestException as e:
            log.warning("publish %s failed on attempt %d: %s", asset_id, attempt, e.error_code)
    return None
