"""Module-level MetaStudio clients shared by the render code."""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from videos import settings

_creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"])

CLIENT = MetaStudioClient.new_builder().with_credentials(_creds).with_endpoint(settings.PRIMARY_ENDPOINT).build()
DR_CLIENT = (
    MetaStudioClient.new_builder()
    .with_credentials(_creds)
    .with_region(MetaStudioRegion.value_of(settings.DR_REGION))
    .build()
)
