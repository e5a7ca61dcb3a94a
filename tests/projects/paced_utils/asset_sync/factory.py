from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from asset_sync import settings


def make_client(region_id=settings.REGION_ID):
    return MetaStudioClient.new_builder() \
        .with_credentials(BasicCredentials(settings.AK, settings.SK)) \
        .with_region(MetaStudioRegion.value_of(region_id)) \
        .build()
