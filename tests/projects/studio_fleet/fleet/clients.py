"""One MetaStudio client per studio, built once at import."""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from fleet import settings


def make_client(region_id=settings.HOME_REGION):
    credentials = BasicCredentials(os.environ["HUAWEICLOUD_SDK_AK"], os.environ["HUAWEICLOUD_SDK_SK"])
    return (
        MetaStudioClient.new_builder()
        .with_credentials(credentials)
        .with_region(MetaStudioRegion.value_of(region_id))
        .build()
    )


STUDIO_CLIENTS = {code: make_client(region) for code, region in settings.STUDIOS.items()}
