"""MetaStudio client factories for the hotline."""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.region.region import Region
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from hotline import settings


def _credentials():
    return BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"])


def primary_client():
    region = MetaStudioRegion.value_of(settings.PRIMARY_REGION)
    return MetaStudioClient.new_builder().with_credentials(_credentials()).with_region(region).build()


def overseas_client():
    region = Region(settings.OVERSEAS_REGION, settings.OVERSEAS_ENDPOINT)
    return MetaStudioClient.new_builder().with_credentials(_credentials()).with_region(region).build()
