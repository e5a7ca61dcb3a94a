"""Sync and async MetaStudio clients for the configured region."""
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioAsyncClient, MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from voice_factory import config


def _credentials():
    return BasicCredentials(config.AK, config.SK)


def build_client():
    return (
        MetaStudioClient.new_builder()
        .with_credentials(_credentials())
        .with_region(MetaStudioRegion.value_of(config.REGION))
        .build()
    )


def build_async_client():
    return (
        MetaStudioAsyncClient.new_builder()
        .with_credentials(_credentials())
        .with_region(MetaStudioRegion.value_of(config.REGION))
        .build()
    )
