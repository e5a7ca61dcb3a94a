"""The MetaStudio client of the chat app, in the region the settings name."""
from functools import lru_cache

from django.conf import settings
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion


@lru_cache(maxsize=1)
def metastudio() -> MetaStudioClient:
    return (MetaStudioClient.new_builder()
            .with_credentials(BasicCredentials("ak", "sk", settings.METASTUDIO_PROJECT_ID))
            .with_region(MetaStudioRegion.value_of(settings.METASTUDIO_REGION))
            .build())
