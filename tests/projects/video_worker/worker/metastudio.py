"""The process-wide MetaStudio client."""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

client = (MetaStudioClient.new_builder()
          .with_credentials(BasicCredentials(os.environ["AK"], os.environ["SK"]))
          .with_region(MetaStudioRegion.CN_NORTH_4)
          .build())
