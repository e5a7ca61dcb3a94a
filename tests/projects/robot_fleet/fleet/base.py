"""The client every fleet service shares, built for the region it is given."""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion


class ClientBase:
    def __init__(self, region):
        creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"])
        self.region = region
        self.client = (MetaStudioClient.new_builder()
                       .with_credentials(creds)
                       .with_region(MetaStudioRegion.value_of(region))
                       .build())
