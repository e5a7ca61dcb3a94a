"""One MetaStudio client per process, configured from Django settings."""
from functools import lru_cache

from django.conf import settings
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.http.http_config import HttpConfig
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion


@lru_cache(maxsize=1)
def get_client() -> MetaStudioClient:
    credentials = BasicCredentials(
        settings.METASTUDIO_AK,
        settings.METASTUDIO_SK,
        settings.METASTUDIO_PROJECT_ID,
    )
    http_config = HttpConfig.get_default_config()
    http_config.timeout = settings.METASTUDIO_TIMEOUT
    return (
        MetaStudioClient.new_builder()
        .with_credentials(credentials)
        .with_http_config(http_config)
        .with_region(MetaStudioRegion.value_of(settings.METASTUDIO_REGION))
        .build()
    )
