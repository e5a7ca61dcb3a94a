import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.region.region import Region
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from .settings import SETTINGS


def _creds():
    return BasicCredentials(os.environ["AK"], os.environ["SK"], os.environ["PROJECT_ID"])


def live_client() -> MetaStudioClient:
    endpoint = "https://metastudio.ap-southeast-3.myhuaweicloud.com"
    return MetaStudioClient.new_builder().with_credentials(_creds()).with_region(Region(SETTINGS.region, endpoint)).build()


def chat_client() -> MetaStudioClient:
    return MetaStudioClient.new_builder().with_credentials(_creds()).with_region(MetaStudioRegion.CN_NORTH_4).build()
