from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion


def make_client(ak, sk):
    credentials = BasicCredentials(ak, sk)
    return (MetaStudioClient.new_builder()
            .with_credentials(credentials)
            .with_region(MetaStudioRegion.value_of("cn-north-4"))
            .build())
