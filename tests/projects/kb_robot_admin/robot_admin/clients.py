"""The one MetaStudio client of the process."""
from functools import lru_cache

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from . import config


@lru_cache(maxsize=1)
def get_client() -> MetaStudioClient:
    credentials = BasicCredentials(config.MS_AK, config.MS_SK, config.MS_PROJECT_ID)
    return (
        MetaStudioClient.new_builder()
        .with_credentials(credentials)
        .with_region(MetaStudioRegion.value_of(config.MS_REGION))
        .build()
    )
