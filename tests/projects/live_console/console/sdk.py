"""The MetaStudio SDK client of the console (room catalogue and assistant dialogs)."""
from __future__ import annotations

import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.region.region import Region
from huaweicloudsdkmetastudio.v1 import MetaStudioAsyncClient

from console import settings


def build_async_client() -> MetaStudioAsyncClient:
    creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], settings.PROJECT_ID)
    region = Region(settings.REGION_ID, settings.ENDPOINT)
    return MetaStudioAsyncClient.new_builder().with_credentials(creds).with_region(region).build()
