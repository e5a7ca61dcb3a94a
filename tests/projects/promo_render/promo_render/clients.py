"""MetaStudio client factory."""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from . import settings


def build_client(region_id):
    """Build a synchronous client for ``region_id`` with the pipeline's AK/SK."""
    creds = BasicCredentials(
        os.environ["PROMO_MS_AK"],
        os.environ["PROMO_MS_SK"],
        os.environ["PROMO_MS_PROJECT_ID"],
    )
    return (
        MetaStudioClient.new_builder()
        .with_credentials(creds)
        .with_region(MetaStudioRegion.value_of(region_id))
        .build()
    )


# The production client, shared by every module of the package.
studio = build_client(settings.MS_REGION)


def archive_client():
    """Client of the archive tenant; built on demand, only the nightly snapshot needs it."""
    return build_client(settings.ARCHIVE_REGION)
