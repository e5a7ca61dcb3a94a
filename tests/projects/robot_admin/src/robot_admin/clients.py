"""MetaStudio clients for every site, keyed by site name."""
import os
from typing import Dict

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.region.region import Region
from huaweicloudsdkmetastudio.v1 import MetaStudioClient

from . import settings


def make_client(region_id: str) -> MetaStudioClient:
    project_env = "MS_PROJECT_ID_" + region_id.replace("-", "_").upper()
    credentials = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ[project_env])
    region = Region(region_id, f"https://metastudio.{region_id}.myhuaweicloud.com")
    return MetaStudioClient.new_builder().with_credentials(credentials).with_region(region).build()


CLIENTS: Dict[str, MetaStudioClient] = {site: make_client(region_id) for site, region_id in settings.SITES.items()}


def client_for(site: str) -> MetaStudioClient:
    if site not in CLIENTS:
        raise KeyError(f"unknown site {site!r}; choose one of {', '.join(sorted(CLIENTS))}")
    return CLIENTS[site]
