"""Client factories for the two regions the bot is deployed in."""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.region.region import Region
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from .settings import SG_ENDPOINT, SG_REGION


def _credentials():
    return BasicCredentials(os.environ["HW_AK"], os.environ["HW_SK"], os.environ["HW_PROJECT_ID"])


def bj_client():
    return (MetaStudioClient.new_builder().with_credentials(_credentials())
            .with_region(MetaStudioRegion.CN_NORTH_4).build())


def sg_client():
    return (MetaStudioClient.new_builder().with_credentials(_credentials())
            .with_region(Region(SG_REGION, SG_ENDPOINT)).build())
