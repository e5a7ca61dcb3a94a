"""Gives a class a lazily built MetaStudio client for the configured region."""
import functools

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from . import settings


class MetaStudioClientMixin:
    @functools.cached_property
    def client(self) -> MetaStudioClient:
        creds = BasicCredentials(settings.AK, settings.SK, settings.PROJECT_ID)
        return (
            MetaStudioClient.new_builder()
            .with_credentials(creds)
            .with_region(MetaStudioRegion.value_of(settings.METASTUDIO_REGION))
            .build()
        )
