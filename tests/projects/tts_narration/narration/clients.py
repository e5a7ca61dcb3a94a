"""MetaStudio clients, one per region, built at import."""
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.region.region import Region
from huaweicloudsdkmetastudio.v1 import MetaStudioClient

from . import config


def _build(region_id: str) -> MetaStudioClient:
    # MetaStudioRegion only ships cn-north-4 and cn-east-3, so spell the endpoint out.
    region = Region(region_id, f"https://metastudio.{region_id}.myhuaweicloud.com")
    credentials = BasicCredentials(config.AK, config.SK, config.PROJECT_IDS[region_id])
    return MetaStudioClient.new_builder().with_credentials(credentials).with_region(region).build()


CLIENTS = {region_id: _build(region_id) for region_id in config.REGIONS}
