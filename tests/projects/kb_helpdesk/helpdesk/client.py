from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from helpdesk.settings import PROJECT_ID


def metastudio():
    return (MetaStudioClient.new_builder()
            .with_credentials(BasicCredentials("ak", "sk", PROJECT_ID))
            .with_region(MetaStudioRegion.CN_NORTH_4)
            .build())
