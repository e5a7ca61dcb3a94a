"""Shared setup for the ops scripts: credentials, the MetaStudio client and logging.

Every script here does ``from common import client`` (or ``import common``); run them from this folder.
"""
import logging
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.region.region import Region
from huaweicloudsdkmetastudio.v1 import MetaStudioClient

# The ops tenant is the Singapore one; export MS_REGION to point the scripts somewhere else.
REGION = os.environ.get("MS_REGION", "ap-southeast-3")
ENDPOINT = f"https://metastudio.{REGION}.myhuaweicloud.com"

logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"), format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("ops")


def make_client() -> MetaStudioClient:
    credentials = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"])
    return (
        MetaStudioClient.new_builder()
        .with_credentials(credentials)
        .with_region(Region(REGION, ENDPOINT))
        .build()
    )


client = make_client()
