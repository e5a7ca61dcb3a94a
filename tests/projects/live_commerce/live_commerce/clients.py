"""Builds the MetaStudio client used by every job."""
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.http.http_config import HttpConfig
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from live_commerce import config


def build_client() -> MetaStudioClient:
    http_config = HttpConfig.get_default_config()
    http_config.timeout = (5, 30)
    credentials = BasicCredentials(config.MS_AK, config.MS_SK, config.MS_PROJECT_ID)
    return (
        MetaStudioClient.new_builder()
        .with_http_config(http_config)
        .with_credentials(credentials)
        .with_region(MetaStudioRegion.value_of(config.REGION))
        .build()
    )
