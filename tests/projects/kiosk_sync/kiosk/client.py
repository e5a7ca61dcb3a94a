"""The kiosk's MetaStudio client."""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from kiosk.settings import REGION

client = (MetaStudioClient.new_builder()
          .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
          .with_region(MetaStudioRegion.value_of(REGION))
          .build())
