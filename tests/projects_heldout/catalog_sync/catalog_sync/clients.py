"""Builds the MetaStudio client from settings, once per process."""
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from catalog_sync import settings


def make_client() -> MetaStudioClient:
    credentials = BasicCredentials(settings.ACCESS_KEY, settings.SECRET_KEY, settings.PROJECT_ID)
    return (
        MetaStudioClient.new_builder()
        .with_credentials(credentials)
        .with_region(MetaStudioRegion.value_of(settings.METASTUDIO_REGION))
        .build()
    )
