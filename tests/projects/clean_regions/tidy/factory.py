import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from tidy.sites import SITES


def build(region):
    creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"])
    return (MetaStudioClient.new_builder().with_credentials(creds)
            .with_region(MetaStudioRegion.value_of(region)).build())


CLIENTS = {site: build(cfg["region"]) for site, cfg in SITES.items()}
SHANGHAI = build("cn-east-3")
