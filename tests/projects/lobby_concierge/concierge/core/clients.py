"""MetaStudio SDK client factory."""
from functools import lru_cache

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.region.region import Region
from huaweicloudsdkmetastudio.v1 import MetaStudioClient

from .config import get_settings


def endpoint_for(region: str) -> str:
    return f"https://metastudio.{region}.myhuaweicloud.com"


@lru_cache(maxsize=1)
def get_client() -> MetaStudioClient:
    s = get_settings()
    return (
        MetaStudioClient.new_builder()
        .with_credentials(BasicCredentials(s.ak, s.sk, s.project_id))
        .with_region(Region(s.region, endpoint_for(s.region)))
        .build()
    )
