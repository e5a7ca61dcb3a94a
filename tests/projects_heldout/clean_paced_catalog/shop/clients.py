from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from shop.settings import CREDENTIALS, REGION

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(*CREDENTIALS))
    .with_region(MetaStudioRegion.value_of(REGION))
    .build()
)
