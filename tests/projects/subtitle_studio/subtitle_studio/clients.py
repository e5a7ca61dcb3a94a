"""Client factory: the sync and the async MetaStudio client, both in the configured region."""
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.http.http_config import HttpConfig
from huaweicloudsdkmetastudio.v1 import MetaStudioAsyncClient, MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from .config import settings


def _credentials() -> BasicCredentials:
    ak, sk, project_id = settings.credentials()
    return BasicCredentials(ak, sk, project_id)


def _http_config() -> HttpConfig:
    cfg = HttpConfig.get_default_config()
    cfg.timeout = (5, 60)
    return cfg


def build_client() -> MetaStudioClient:
    return (
        MetaStudioClient.new_builder()
        .with_credentials(_credentials())
        .with_http_config(_http_config())
        .with_region(MetaStudioRegion.value_of(settings.REGION))
        .build()
    )


def build_async_client() -> MetaStudioAsyncClient:
    return (
        MetaStudioAsyncClient.new_builder()
        .with_credentials(_credentials())
        .with_http_config(_http_config())
        .with_region(MetaStudioRegion.value_of(settings.REGION))
        .build()
    )
