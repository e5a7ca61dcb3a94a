"""One place that knows how to build a MetaStudio client."""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from concierge.settings import CATALOG_REGION, CHAT_REGION


def _credentials():
    return BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"])


def build_chat_client():
    return (MetaStudioClient.new_builder()
            .with_credentials(_credentials())
            .with_region(MetaStudioRegion.value_of(CHAT_REGION))
            .build())


def build_catalog_client():
    return (MetaStudioClient.new_builder()
            .with_credentials(_credentials())
            .with_region(MetaStudioRegion.value_of(CATALOG_REGION))
            .build())


def build_site_client(region):
    return (MetaStudioClient.new_builder()
            .with_credentials(_credentials())
            .with_region(MetaStudioRegion.value_of(region))
            .build())
