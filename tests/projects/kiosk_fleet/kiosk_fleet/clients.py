"""MetaStudio client factory: one client per tenant (project) and region."""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.http.http_config import HttpConfig
from huaweicloudsdkcore.region.region import Region
from huaweicloudsdkmetastudio.v1 import MetaStudioClient


def _http_config() -> HttpConfig:
    config = HttpConfig.get_default_config()
    config.timeout = (5, 30)
    return config


def build_client(region_id: str, project_id: str) -> MetaStudioClient:
    """MetaStudioRegion only knows the mainland regions, so spell the endpoint out ourselves."""
    credentials = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], project_id)
    region = Region(region_id, f"https://metastudio.{region_id}.myhuaweicloud.com")
    return (
        MetaStudioClient.new_builder()
        .with_http_config(_http_config())
        .with_credentials(credentials)
        .with_region(region)
        .build()
    )
