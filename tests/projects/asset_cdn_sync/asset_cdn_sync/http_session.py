"""A requests session bound to the MetaStudio endpoint of our region."""
from urllib.parse import urljoin

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from asset_cdn_sync import settings


class MetaStudioSession(requests.Session):
    """Session whose relative URLs ("/v1/...") are resolved against the MetaStudio endpoint."""

    def __init__(self, base_url: str, token: str, timeout: float = settings.REQUEST_TIMEOUT_S):
        super().__init__()
        self.base_url = base_url.rstrip("/") + "/"
        self.timeout = timeout
        self.headers.update({"X-Auth-Token": token, "Content-Type": "application/json"})

    def request(self, method, url, *args, **kwargs):
        kwargs.setdefault("timeout", self.timeout)
        return super().request(method, urljoin(self.base_url, url), *args, **kwargs)


def build_session() -> MetaStudioSession:
    session = MetaStudioSession(settings.METASTUDIO_ENDPOINT, settings.IAM_TOKEN)
    # urllib3 retries the idempotent methods (GET/PUT/DELETE) on 429 with exponential backoff.
    # It does not retry POST: see retry.request_with_backoff for those.
    retry = Retry(total=5, backoff_factor=1, status_forcelist=[429])
    session.mount("https://", HTTPAdapter(max_retries=retry))
    return session
