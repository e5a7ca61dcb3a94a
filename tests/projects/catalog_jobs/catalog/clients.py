"""One place that knows how to build the MetaStudio client."""
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from catalog import settings


def build_client() -> MetaStudioClient:
    credentials = BasicCredentials(settings.ACCESS_KEY, settings.SECRET_KEY, settings.METASTUDIO_PROJECT_ID)
    return (
        MetaStudioClient.new_builder()
        .with_credentials(credentials)
        .with_region(MetaStudioRegion.value_of(settings.METASTUDIO_REGION))
        .build()
    )
