"""MetaStudio clients per site; Guangzhou serves the southern shards."""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from .constants import BEIJING, GUANGZHOU


def _build(region_id):
    creds = BasicCredentials(os.environ["HW_AK"], os.environ["HW_SK"], os.environ["HW_PROJECT_ID"])
    return MetaStudioClient.new_builder().with_credentials(creds).with_region(MetaStudioRegion.value_of(region_id)).build()


CLIENTS = {"bj": _build(BEIJING), "gz": _build(GUANGZHOU)}
