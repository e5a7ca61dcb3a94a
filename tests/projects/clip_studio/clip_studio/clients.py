"""One MetaStudio client per tenant, built once at import time."""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from clip_studio.settings import TENANT_REGIONS


def _build(tenant, region_id):
    prefix = tenant.upper()
    creds = BasicCredentials(
        os.environ[f"{prefix}_MS_AK"],
        os.environ[f"{prefix}_MS_SK"],
        os.environ[f"{prefix}_MS_PROJECT_ID"],
    )
    return (
        MetaStudioClient.new_builder()
        .with_credentials(creds)
        .with_region(MetaStudioRegion.value_of(region_id))
        .build()
    )


CLIENTS = {tenant: _build(tenant, region) for tenant, region in TENANT_REGIONS.items()}


def known_tenants():
    return sorted(CLIENTS)
