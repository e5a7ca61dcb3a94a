"""MetaStudio client, built lazily and shared by the whole process."""
import functools
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from kb_sync.config import CONFIG


@functools.cache
def studio_client() -> MetaStudioClient:
    creds = BasicCredentials(os.environ["KB_MS_AK"], os.environ["KB_MS_SK"], os.environ["KB_MS_PROJECT_ID"])
    return (
        MetaStudioClient.new_builder()
        .with_credentials(creds)
        .with_region(MetaStudioRegion.value_of(CONFIG.region))
        .build()
    )
