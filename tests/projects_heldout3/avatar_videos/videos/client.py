"""Module-level MetaStudio clients, built once at import."""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from .config import ARCHIVE_REGION, VIDEO_REGION

_creds = BasicCredentials(os.environ.get("HW_AK"), os.environ.get("HW_SK"), os.environ.get("HW_PROJECT_ID"))

client = (
    MetaStudioClient.new_builder()
    .with_credentials(_creds)
    .with_region(MetaStudioRegion.value_of(VIDEO_REGION))
    .build()
)

archive_client = (
    MetaStudioClient.new_builder()
    .with_credentials(_creds)
    .with_region(MetaStudioRegion.value_of(ARCHIVE_REGION))
    .build()
)
