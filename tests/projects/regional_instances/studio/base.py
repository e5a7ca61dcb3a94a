"""The one place that knows how to build a MetaStudio client."""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion


class MetaStudioService:
    """Base of every service: holds a client for the region it is given."""

    def __init__(self, region_id, ak=None, sk=None):
        credentials = BasicCredentials(ak or os.environ["HW_AK"], sk or os.environ["HW_SK"])
        self.client = (MetaStudioClient.new_builder()
                       .with_credentials(credentials)
                       .with_region(MetaStudioRegion.value_of(region_id))
                       .build())
