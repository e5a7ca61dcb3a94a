"""One-off: list what is left in the legacy tenant."""
from huaweicloudsdkmetastudio.v1 import ListAssetsRequest

from sites.factory import legacy_client


def leftovers():
    return legacy_client.list_assets(ListAssetsRequest(limit=100)).assets
