"""Explicit 429 handling for MetaStudio calls that urllib3 will not retry."""
import logging
import time

from asset_cdn_sync.http_session import MetaStudioSession

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5


def request_with_backoff(session: MetaStudioSession, method: str, path: str, **kwargs):
    """Send one request, waiting out throttling (HTTP 429 / APIGW.0308) before trying again."""
    for attempt in range(MAX_ATTEMPTS):
        resp = session.request(method, path, **kwargs)
        if resp.status_code != 429:
            resp.raise_for_status()
            return resp
        retry_after = resp.headers.get("Retry-After")
        delay = float(retry_after) if retry_after else min(2 ** attempt, 30)
        log.info("%s %s throttled, retrying in %.1fs", method, path, delay)
        time.sleep(delay)
    resp.raise_for_status()
    return resp
