"""One MetaStudio client per region, built once and shared."""
import os
from typing import Dict

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.http.http_config import HttpConfig
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from .constants import *  # noqa: F401,F403


def _project_id(region_id: str) -> str:
    return os.environ["MS_PROJECT_ID_" + region_id.upper().replace("-", "_")]


def _build(region_id: str) -> MetaStudioClient:
    http_config = HttpConfig.get_default_config()
    http_config.timeout = (5, 30)
    credentials = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], _project_id(region_id))
    return (
        MetaStudioClient.new_builder()
        .with_http_config(http_config)
        .with_credentials(credentials)
        .with_region(MetaStudioRegion.value_of(region_id))
        .build()
    )


CLIENTS: Dict[str, MetaStudioClient] = {
    BEIJING: _build(BEIJING),  # noqa: F405
    SHANGHAI: _build(SHANGHAI),  # noqa: F405
}


def client_for(region: str) -> MetaStudioClient:
    try:
        return CLIENTS[region]
    except KeyError:
        raise ValueError(f"no MetaStudio client for {region!r}; configured: {sorted(CLIENTS)}") from None
