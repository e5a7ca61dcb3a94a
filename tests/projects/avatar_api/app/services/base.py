"""Shared plumbing for the MetaStudio-backed services."""
from __future__ import annotations

import logging
import time
from functools import lru_cache
from typing import Any

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.exceptions import exceptions
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from app.config import settings

log = logging.getLogger(__name__)


class StudioError(RuntimeError):
    """MetaStudio refused or failed a request."""


@lru_cache(maxsize=1)
def studio_client() -> MetaStudioClient:
    credentials = BasicCredentials(settings.ACCESS_KEY, settings.SECRET_KEY, settings.PROJECT_ID)
    return (
        MetaStudioClient.new_builder()
        .with_credentials(credentials)
        .with_region(MetaStudioRegion.value_of(settings.REGION))
        .build()
    )


class BaseStudioService:
    """Holds the SDK client and retries throttled calls with exponential backoff."""

    def __init__(self) -> None:
        self.client = studio_client()
        self.max_attempts = settings.RETRY_ATTEMPTS

    def _call(self, operation: str, request: Any) -> Any:
        """Run ``client.<operation>(request)``, backing off on APIGW.0308 / 429.

        The operation name doubles as the label in logs and metrics.
        """
        for attempt in range(1, self.max_attempts + 1):
            try:
                return getattr(self.client, operation)(request)
            except exceptions.ClientRequestException as exc:
                if exc.status_code != 429 or attempt == self.max_attempts:
                    log.error("%s failed: %s %s", operation, exc.error_code, exc.error_msg)
                    raise StudioError(f"{operation}: {exc.error_msg}") from exc
                delay = min(settings.RETRY_BASE_DELAY_S * 2 ** attempt, settings.RETRY_MAX_DELAY_S)
                log.warning("%s throttled (attempt %d/%d), sleeping %.1fs", operation, attempt,
                            self.max_attempts, delay)
                time.sleep(delay)
        raise StudioError(f"{operation}: retries exhausted")
