"""MetaStudio clients of the two sites."""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.region.region import Region
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from . import config


def _credentials(site):
    prefix = site.upper()
    return BasicCredentials(os.environ[f"{prefix}_MS_AK"], os.environ[f"{prefix}_MS_SK"],
                            os.environ[f"{prefix}_MS_PROJECT_ID"])


def beijing_client():
    region = MetaStudioRegion.value_of(config.BJ_REGION)
    return MetaStudioClient.new_builder().with_credentials(_credentials("bj")).with_region(region).build()


def singapore_client():
    # MetaStudioRegion has no constant for Singapore: give the endpoint explicitly.
    region = Region(config.SG_REGION, config.SG_ENDPOINT)
    return MetaStudioClient.new_builder().with_credentials(_credentials("sg")).with_region(region).build()


CLIENTS = {"bj": beijing_client(), "sg": singapore_client()}
bj = CLIENTS["bj"]
sg = CLIENTS["sg"]
