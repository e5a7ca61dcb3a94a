"""MetaStudio clients, one per region (project ids are per region)."""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion


def build_client(region_id: str) -> MetaStudioClient:
    project_id = os.environ["MS_PROJECT_ID_" + region_id.upper().replace("-", "_")]
    credentials = BasicCredentials(os.environ["HUAWEICLOUD_SDK_AK"], os.environ["HUAWEICLOUD_SDK_SK"], project_id)
    return (
        MetaStudioClient.new_builder()
        .with_credentials(credentials)
        .with_region(MetaStudioRegion.value_of(region_id))
        .build()
    )
