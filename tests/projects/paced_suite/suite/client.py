from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioAsyncClient, MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion


def sync_client():
    return (MetaStudioClient.new_builder().with_credentials(BasicCredentials("ak", "sk"))
            .with_region(MetaStudioRegion.CN_NORTH_4).build())
