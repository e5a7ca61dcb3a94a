"""Client factory: one MetaStudio client per process."""
from functools import lru_cache

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from . import settings


@lru_cache(maxsize=1)
def build_client() -> MetaStudioClient:
    credentials = BasicCredentials(settings.AK, settings.SK, settings.PROJECT_ID)
    return (
        MetaStudioClient.new_builder()
        .with_credentials(credentials)
        .with_region(MetaStudioRegion.value_of(settings.REGION_ID))
        .build()
    )
