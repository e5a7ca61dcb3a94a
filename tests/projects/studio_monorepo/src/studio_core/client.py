"""The MetaStudio client and the throttles shared by every job of the process."""
from __future__ import annotations

import logging
import os
from functools import lru_cache

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.http.http_config import HttpConfig
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion
from pyrate_limiter import Duration, Limiter, Rate

from . import settings

log = logging.getLogger(__name__)

# The catalog sync creates hundreds of products in one go: keep it well under the tenant limit.
PRODUCT_LIMITER = Limiter(Rate(2, Duration.SECOND), raise_when_fail=False, max_delay=10_000)


def _http_config() -> HttpConfig:
    config = HttpConfig.get_default_config()
    config.timeout = (5, 60)
    return config


@lru_cache(maxsize=1)
def get_client() -> MetaStudioClient:
    """One client per process, for the tenant's region."""
    credentials = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"])
    log.info("MetaStudio client for %s (%s)", settings.REGION, settings.ENVIRONMENT.value)
    return (
        MetaStudioClient.new_builder()
        .with_credentials(credentials)
        .with_http_config(_http_config())
        .with_region(MetaStudioRegion.value_of(settings.REGION))
        .build()
    )


class BaseService:
    """Base of the service classes: they share the process's client."""

    def __init__(self) -> None:
        self.client = get_client()
