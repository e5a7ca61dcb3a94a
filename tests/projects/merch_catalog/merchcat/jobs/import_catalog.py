"""Import the merchandising CSV export into MetaStudio products."""
import csv
import logging
import time
from typing import Dict, Iterable, List, Mapping

from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException, ServerResponseException
from tenacity import Retrying, retry_if_exception_type, stop_after_attempt, wait_exponential

from ..core import throttle
from ..core.throttle import product_write_limiter
from ..services.products import ProductService

log = logging.getLogger(__name__)

_retrying = Retrying(
    wait=wait_exponential(multiplier=0.5, max=20),
    stop=stop_after_attempt(5),
    retry=retry_if_exception_type((ClientRequestException, ServerResponseException)),
    reraise=True,
)


def import_rows(path: str) -> Dict[str, str]:
    """Create one product per CSV row; returns sku -> product_id."""
    svc = ProductService()
    created = {}
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            product_write_limiter.try_acquire("create_product")
            created[row["sku"]] = svc.create(row)
    log.info("created %d products", len(created))
    return created


def link_media(created: Mapping[str, str], media_rows: Iterable[Mapping[str, str]]) -> None:
    svc = ProductService()
    links = [(created[m["sku"]], m) for m in media_rows if m["sku"] in created]
    for order, (product_id, media) in enumerate(links):
        svc.link_asset(product_id, media["asset_id"], media["asset_type"], order)
        time.sleep(throttle.ASSET_LINK_PAUSE_S)


def apply_price_changes(changes: Mapping[str, Mapping[str, object]]) -> List[str]:
    """Push edited names/descriptions/tags; returns the ids that failed."""
    svc = ProductService()
    failed = []
    for product_id, fields in changes.items():
        try:
            svc.update(product_id, fields)  # expect: MST101 ~10/s
        except ClientRequestException as exc:
            log.error("update of %s failed: %s", product_id, exc.error_msg)
            failed.append(product_id)
    return failed


def retire(product_ids: Iterable[str]) -> None:
    """Delete discontinued products, retrying transient errors."""
    svc = ProductService()
    for product_id in product_ids:
        _retrying(svc.delete, product_id)
        time.sleep(0.3)
