from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.region.region import Region
from huaweicloudsdkmetastudio.v1 import MetaStudioClient

from concierge import settings


def build_client():
    region = Region(settings.REGION_ID, settings.ENDPOINT)
    creds = BasicCredentials(settings.AK, settings.SK, settings.PROJECT_ID)
    return MetaStudioClient.new_builder().with_credentials(creds).with_region(region).build()
