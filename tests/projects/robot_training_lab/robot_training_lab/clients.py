"""One MetaStudio client per region, built on first use."""
import os
from functools import lru_cache

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.region.region import Region
from huaweicloudsdkmetastudio.v1 import MetaStudioClient


def _project_id(region_id: str) -> str:
    # project ids are per region: MS_PROJECT_ID_CN_NORTH_4, MS_PROJECT_ID_AP_SOUTHEAST_3, ...
    return os.environ["MS_PROJECT_ID_" + region_id.upper().replace("-", "_")]


@lru_cache(maxsize=None)
def client_for(region_id: str) -> MetaStudioClient:
    creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], _project_id(region_id))
    region = Region(region_id, f"https://metastudio.{region_id}.myhuaweicloud.com")
    return MetaStudioClient.new_builder().with_credentials(creds).with_region(region).build()
