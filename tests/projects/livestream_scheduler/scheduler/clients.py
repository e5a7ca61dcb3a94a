"""MetaStudio client factory (one client per process)."""
import functools

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.http.http_config import HttpConfig
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from . import settings


@functools.lru_cache(maxsize=None)
def get_client() -> MetaStudioClient:
    config = HttpConfig.get_default_config()
    config.timeout = settings.HTTP_TIMEOUT
    credentials = BasicCredentials(settings.MS_AK, settings.MS_SK, settings.MS_PROJECT_ID)
    return (
        MetaStudioClient.new_builder()
        .with_http_config(config)
        .with_credentials(credentials)
        .with_region(MetaStudioRegion.value_of(settings.METASTUDIO_REGION))
        .build()
    )
