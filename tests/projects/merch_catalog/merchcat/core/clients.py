"""MetaStudio client construction: one client per process and region."""
import logging
from contextlib import contextmanager
from functools import lru_cache

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.http.http_config import HttpConfig
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

import merchcat.core.settings as cfg

log = logging.getLogger(__name__)


def _build(region_id: str) -> MetaStudioClient:
    s = cfg.SETTINGS
    http_config = HttpConfig.get_default_config()
    http_config.timeout = (5, 30)
    return (
        MetaStudioClient.new_builder()
        .with_credentials(BasicCredentials(s.ak, s.sk, s.project_id))
        .with_http_config(http_config)
        .with_region(MetaStudioRegion.value_of(region_id))
        .build()
    )


@lru_cache(maxsize=None)
def get_client() -> MetaStudioClient:
    """The production client (thread-safe, shared by every job)."""
    return _build(cfg.SETTINGS.region)


@lru_cache(maxsize=None)
def get_dr_client() -> MetaStudioClient:
    """Client for the disaster-recovery asset library."""
    return _build(cfg.SETTINGS.dr_region)


@contextmanager
def studio_client():
    client = get_client()
    try:
        yield client
    except Exception:
        log.exception("MetaStudio call failed (region %s)", cfg.SETTINGS.region)
        raise
