import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from .settings import REGION

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["AK"], os.environ["SK"], os.environ["PROJECT_ID"]))
    .with_region(MetaStudioRegion.value_of(REGION))
    .build()
)
