import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioAsyncClient, MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

_creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"])

SYNC_CLIENT = MetaStudioClient.new_builder().with_credentials(_creds).with_region(MetaStudioRegion.CN_NORTH_4).build()
ASYNC_CLIENT = (
    MetaStudioAsyncClient.new_builder().with_credentials(_creds).with_region(MetaStudioRegion.CN_NORTH_4).build()
)
