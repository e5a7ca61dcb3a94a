"""SDK clients: a generated forwarding wrapper and the Singapore client."""
import functools
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.region.region import Region
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from . import config


def _creds():
    return BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], config.project_id)


def forwards(*names):
    def wrap(cls):
        for name in names:
            setattr(cls, name, lambda self, req, _n=name: getattr(self._sdk, _n)(req))
        return cls
    return wrap


@forwards("create_knowledge_question", "update_knowledge_skill", "show_knowledge_skill",
          "list_knowledge_skill", "delete_knowledge_intent", "create_welcome_speech")
class Client:
    def __init__(self):
        region = MetaStudioRegion.value_of(config.region)
        self._sdk = MetaStudioClient.new_builder().with_credentials(_creds()).with_region(region).build()


@functools.lru_cache(maxsize=1)
def default_client():
    return Client()


def singapore_client():
    region = Region("ap-southeast-3", config.SG_ENDPOINT)
    return MetaStudioClient.new_builder().with_credentials(_creds()).with_region(region).build()
