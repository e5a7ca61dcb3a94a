"""Client-side pacing shared by everything that writes to MetaStudio."""
import logging
import time

log = logging.getLogger(__name__)


def pace(seconds: float) -> None:
    """Wait between two writes so a batch stays under the tenant's per-API quota."""
    time.sleep(seconds)


def log_throttled(api: str, attempt: int, limit: int) -> None:
    log.warning("%s throttled by the API gateway (APIGW.0308), attempt %d/%d", api, attempt, limit)
