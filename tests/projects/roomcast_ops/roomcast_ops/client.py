"""Settings and a thin wrapper forwarding every SDK method to MetaStudioClient."""
import os
from typing import Final

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

REGION: Final = "cn-east-3"
PROJECT_ID: Final = os.environ.get("MS_PROJECT_ID", "")
MAX_WORKERS: Final = 6
RETRIES: Final = 5
POLL_S: Final = 3
WARM_ROOMS: Final = ("room-lobby", "room-sale", "room-night")


def build_sdk():
    creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], PROJECT_ID)
    return MetaStudioClient.new_builder().with_credentials(creds).with_region(MetaStudioRegion.value_of(REGION)).build()


class Client:
    def __init__(self, sdk=None):
        self._sdk = sdk or build_sdk()

    def __getattr__(self, name):
        return getattr(self._sdk, name)


_shared = None


def shared_client():
    global _shared
    if _shared is None:
        _shared = Client()
    return _shared
