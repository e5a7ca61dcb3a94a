"""One place that knows how to build a MetaStudio client."""
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from promo import settings


def make_client(region=settings.REGION):
    credentials = BasicCredentials(settings.AK, settings.SK, settings.PROJECT_ID)
    return (
        MetaStudioClient.new_builder()
        .with_credentials(credentials)
        .with_region(MetaStudioRegion.value_of(region))
        .build()
    )
