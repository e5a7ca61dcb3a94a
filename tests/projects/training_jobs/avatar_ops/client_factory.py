"""Builds the MetaStudio client shared by the services."""
from functools import lru_cache

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from avatar_ops import settings


@lru_cache(maxsize=1)
def get_client():
    credentials = BasicCredentials(settings.ACCESS_KEY, settings.SECRET_KEY, settings.PROJECT_ID)
    return (
        MetaStudioClient.new_builder()
        .with_credentials(credentials)
        .with_region(MetaStudioRegion.value_of(settings.REGION_ID))
        .build()
    )
