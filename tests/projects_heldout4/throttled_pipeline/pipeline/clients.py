import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from pipeline.settings import REGION


def new_client() -> MetaStudioClient:
    creds = BasicCredentials(os.environ["HW_AK"], os.environ["HW_SK"], os.environ["HW_PROJECT_ID"])
    return (MetaStudioClient.new_builder().with_credentials(creds)
            .with_region(MetaStudioRegion.value_of(REGION)).build())
