"""MetaStudio client factory: one client per region and process."""
from __future__ import annotations

import logging
from functools import lru_cache

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.http.http_config import HttpConfig
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from tts_batch.config import settings

log = logging.getLogger(__name__)


def _http_config() -> HttpConfig:
    config = HttpConfig.get_default_config()
    config.timeout = (5, 30)
    return config


@lru_cache(maxsize=None)
def get_client(region: str) -> MetaStudioClient:
    """Build (once per process) a client for ``region``."""
    log.debug("building MetaStudio client for %s", region)
    credentials = BasicCredentials(settings.ak, settings.sk, settings.project_id)
    return (
        MetaStudioClient.new_builder()
        .with_http_config(_http_config())
        .with_credentials(credentials)
        .with_region(MetaStudioRegion.value_of(region))
        .build()
    )
