"""Client construction for the workers."""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from . import settings


def _credentials():
    return BasicCredentials(os.environ["HW_AK"], os.environ["HW_SK"], os.environ["HW_PROJECT_ID"])


def build_client(region_id=settings.MAIN_REGION):
    return (MetaStudioClient.new_builder()
            .with_credentials(_credentials())
            .with_region(MetaStudioRegion.value_of(region_id))
            .build())


SITE_CLIENTS = {site: build_client(region) for site, region in settings.SITES.items()}
