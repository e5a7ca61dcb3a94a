"""One client per site, built at import."""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.region.region import Region
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from .regions import LEGACY_REGION, SG_ENDPOINT


def make_client(region):
    creds = BasicCredentials(os.getenv("HW_AK"), os.getenv("HW_SK"), os.getenv("HW_PROJECT_ID"))
    return MetaStudioClient.new_builder().with_credentials(creds).with_region(region).build()


CLIENTS = {
    "bj": make_client(MetaStudioRegion.CN_NORTH_4),
    "sh": make_client(MetaStudioRegion.CN_EAST_3),
    "sg": make_client(Region("ap-southeast-3", SG_ENDPOINT)),
}

legacy_client = make_client(MetaStudioRegion.value_of(LEGACY_REGION))
