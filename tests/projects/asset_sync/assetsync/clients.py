"""MetaStudio clients, one per region the studio works in."""
from __future__ import annotations

import logging
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.region.region import Region
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from assetsync import conf

log = logging.getLogger(__name__)


def _credentials(prefix: str = "MS") -> BasicCredentials:
    return BasicCredentials(
        os.environ[f"{prefix}_AK"], os.environ[f"{prefix}_SK"], os.environ[f"{prefix}_PROJECT_ID"]
    )


def _build(region: Region) -> MetaStudioClient:
    log.debug("building MetaStudio client for %s", region.id)
    return MetaStudioClient.new_builder().with_credentials(_credentials()).with_region(region).build()


CLIENTS: dict[str, MetaStudioClient] = {
    region_id: _build(MetaStudioRegion.value_of(region_id)) for region_id in conf.REGIONS
}


def primary_client() -> MetaStudioClient:
    """The client of the region where the studio produces its assets."""
    return CLIENTS[conf.PRIMARY_REGION]


def client_for(region_id: str) -> MetaStudioClient:
    try:
        return CLIENTS[region_id]
    except KeyError:
        known = ", ".join(CLIENTS)
        raise ValueError(f"no MetaStudio tenant in region {region_id!r} (known: {known})") from None


def archive_client() -> MetaStudioClient:
    """Client of the archive tenant, reached through its own endpoint."""
    return (
        MetaStudioClient.new_builder()
        .with_credentials(_credentials("ARCHIVE"))
        .with_endpoint(conf.ARCHIVE_ENDPOINT)
        .build()
    )
