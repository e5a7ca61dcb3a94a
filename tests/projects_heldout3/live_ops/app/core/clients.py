"""Client construction for the API process."""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from app.core.config import settings


def build_client() -> MetaStudioClient:
    creds = BasicCredentials(os.environ["HW_AK"], os.environ["HW_SK"], settings.project_id)
    return (
        MetaStudioClient.new_builder()
        .with_credentials(creds)
        .with_region(MetaStudioRegion.value_of(settings.region))
        .build()
    )
