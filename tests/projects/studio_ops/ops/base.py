"""Client plumbing shared by every service."""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from ops.config import SETTINGS


def new_client(region):
    creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"])
    return MetaStudioClient.new_builder().with_credentials(creds).with_region(
        MetaStudioRegion.value_of(region)).build()


class ClientMixin:
    region = SETTINGS.region

    @property
    def client(self):
        return new_client(self.region)
