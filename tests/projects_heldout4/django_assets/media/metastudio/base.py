import os

from django.conf import settings
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion


class MetaStudioBase:
    """Owns the SDK client; subclasses mix in the operations."""

    def __init__(self):
        creds = BasicCredentials(os.environ["HW_AK"], os.environ["HW_SK"], settings.METASTUDIO_PROJECT_ID)
        self.client = (MetaStudioClient.new_builder()
                       .with_credentials(creds)
                       .with_region(MetaStudioRegion.CN_NORTH_4)
                       .build())
