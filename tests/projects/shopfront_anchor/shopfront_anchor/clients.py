"""MetaStudio client factory: one SDK client per process, configured from settings."""
import functools

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.http.http_config import HttpConfig
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from shopfront_anchor import settings


@functools.lru_cache(maxsize=1)
def build_client() -> MetaStudioClient:
    credentials = BasicCredentials(
        settings.METASTUDIO_AK, settings.METASTUDIO_SK, settings.METASTUDIO_PROJECT_ID
    )
    http_config = HttpConfig.get_default_config()
    http_config.timeout = (5, 30)
    return (
        MetaStudioClient.new_builder()
        .with_credentials(credentials)
        .with_http_config(http_config)
        .with_region(MetaStudioRegion.value_of(settings.METASTUDIO_REGION))
        .build()
    )
