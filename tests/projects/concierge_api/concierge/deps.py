from fastapi import Depends
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from concierge.config import CONFIG


def get_client() -> MetaStudioClient:
    return (MetaStudioClient.new_builder()
            .with_credentials(BasicCredentials("ak", "sk", CONFIG.project_id))
            .with_region(MetaStudioRegion.value_of(CONFIG.region))
            .build())


ClientDep = Depends(get_client)
