"""MetaStudio client factory."""
from typing import Optional

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from . import settings


def build_client(region_id: str, creds: Optional[BasicCredentials] = None) -> MetaStudioClient:
    creds = creds or BasicCredentials(settings.AK, settings.SK, settings.PROJECT_ID)
    return (
        MetaStudioClient.new_builder()
        .with_credentials(creds)
        .with_region(MetaStudioRegion.value_of(region_id))
        .build()
    )
