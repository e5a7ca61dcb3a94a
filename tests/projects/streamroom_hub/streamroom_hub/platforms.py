"""Third-party live platforms (shop front-ends) connected to both sites."""
from huaweicloudsdkcore.exceptions import exceptions
from huaweicloudsdkmetastudio.v1 import (
    ListLivePlatformProductsRequest,
    ListLivePlatformsRequest,
    ShowLivePlatformRequest,
)
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_exponential

from .sdk import CLIENTS


def platforms(site):
    return CLIENTS[site].list_live_platforms(ListLivePlatformsRequest(limit=50)).live_platforms or []


@retry(
    wait=wait_exponential(multiplier=0.5, min=1, max=10),
    stop=stop_after_attempt(4),
    retry=retry_if_exception_type(exceptions.ClientRequestException),
)
def platform_detail(site, platform_id):
    return CLIENTS[site].show_live_platform(ShowLivePlatformRequest(platform_id=platform_id))


def platform_product_counts(platform_id):
    """How many products the shop front shows on each site: one call per site."""
    counts = {}
    for site in ("bj", "sg"):
        resp = CLIENTS[site].list_live_platform_products(ListLivePlatformProductsRequest(platform_id=platform_id, limit=1))
        counts[site] = resp.count
    return counts
