"""MetaStudio clients: one per configured region, built at import time, plus Singapore."""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.region.region import Region
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from .settings import REGIONS

# MetaStudioRegion has no constant for Singapore, so the endpoint is spelled out.
SINGAPORE = Region("ap-southeast-3", "https://metastudio.ap-southeast-3.myhuaweicloud.com")


def _credentials(prefix: str = "MS") -> BasicCredentials:
    return BasicCredentials(os.environ[f"{prefix}_AK"], os.environ[f"{prefix}_SK"],
                            os.environ[f"{prefix}_PROJECT_ID"])


def build(region_id: str) -> MetaStudioClient:
    return (
        MetaStudioClient.new_builder()
        .with_credentials(_credentials())
        .with_region(MetaStudioRegion.value_of(region_id))
        .build()
    )


def singapore() -> MetaStudioClient:
    """Client for the Singapore tenant, which has credentials of its own."""
    return (
        MetaStudioClient.new_builder()
        .with_credentials(_credentials("SG"))
        .with_region(SINGAPORE)
        .build()
    )


CLIENTS = {r: build(r) for r in REGIONS}
