import importlib

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from app.settings import REGION


def regional_client():
    return (MetaStudioClient.new_builder()
            .with_credentials(BasicCredentials("ak", "sk"))
            .with_region(MetaStudioRegion.value_of(REGION))
            .build())


def plugin_client(name):
    return importlib.import_module("app.plugins." + name).make_client()
