"""Builds one MetaStudio client per region."""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion


def build(region: str, project_id: str = "") -> MetaStudioClient:
    creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], project_id or None)
    return (MetaStudioClient.new_builder()
            .with_credentials(creds)
            .with_region(MetaStudioRegion.value_of(region))
            .build())


def make(site_cfg: dict) -> MetaStudioClient:
    return build(site_cfg["region"], site_cfg["project_id"])


# the staging desk (same file as the factory)
STAGING = build("cn-southwest-9")  # expect: MST202


class DeskFactory:
    """Builds the client of one desk on demand."""

    def __init__(self, region: str) -> None:
        self.region = region

    def client(self) -> MetaStudioClient:
        return build(self.region)
