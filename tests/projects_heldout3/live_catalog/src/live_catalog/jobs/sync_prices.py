"""Push price changes to the product descriptions; retried on failure."""
import logging

from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException
from huaweicloudsdkmetastudio.v1 import UpdateProductRequestBody

from live_catalog import ProductService
from live_catalog.settings import PRICE_SYNC_ATTEMPTS

log = logging.getLogger(__name__)


def push_price(product_id: str, price: str) -> bool:
    svc = ProductService()
    body = UpdateProductRequestBody(description="price: " + price)
    for attempt in range(PRICE_SYNC_ATTEMPTS):
        try:
            svc.update(product_id, body)  # expect: MST104
            return True
        except ClientRequestException as exc:
            log.warning("attempt %d for %s failed: %s", attempt, product_id, exc.error_code)
    return False
