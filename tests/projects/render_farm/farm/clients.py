import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from farm import settings


def make_client() -> MetaStudioClient:
    creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], settings.PROJECT_ID)
    return (MetaStudioClient.new_builder()
            .with_credentials(creds)
            .with_region(MetaStudioRegion.value_of(settings.REGION))
            .build())
