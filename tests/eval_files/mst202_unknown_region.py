"""Client factory shared by the regional studio deployments."""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials, GlobalCredentials
from huaweicloudsdkcore.region.region import Region
from huaweicloudsdkiam.v3 import IamClient
from huaweicloudsdkiam.v3.region.iam_region import IamRegion
from huaweicloudsdkmetastudio.v1 import ListAssetsRequest, MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

# an internal reverse proxy in front of the public endpoint; the URL carries no region
PROXY_ENDPOINT = "https://metastudio-gw.internal.example.com"
OBS_BUCKET_ENDPOINT = "https://obs.cn-south-1.myhuaweicloud.com"  # OBS, not MetaStudio: no finding


def _creds():
    return BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"])


def shanghai_client():
    # known region: no finding
    return MetaStudioClient.new_builder().with_credentials(_creds()).with_region(MetaStudioRegion.value_of("cn-east-3")).build()


def guangzhou_client():
    # MetaStudio has no cn-south-1 row in the limits table
    region = MetaStudioRegion.value_of("cn-south-1")  # expect: MST202
    return MetaStudioClient.new_builder().with_credentials(_creds()).with_region(region).build()


def latam_client():
    return (
        MetaStudioClient.new_builder()
        .with_credentials(_creds())
        .with_endpoint(
            "https://metastudio.la-south-2.myhuaweicloud.com"  # expect: MST202
        )
        .build()
    )


def africa_client_via_proxy():
    return (
        MetaStudioClient.new_builder()
        .with_credentials(_creds())
        .with_region(Region("af-south-1", PROXY_ENDPOINT))  # expect: MST202
        .build()
    )


def singapore_client():
    sg = Region("ap-southeast-3", "https://metastudio.ap-southeast-3.myhuaweicloud.com")
    return MetaStudioClient.new_builder().with_credentials(_creds()).with_region(sg).build()


def iam_client():
    # IAM region ids are not MetaStudio's business: no finding
    creds = GlobalCredentials(os.environ["MS_AK"], os.environ["MS_SK"])
    return IamClient.new_builder().with_credentials(creds).with_region(IamRegion.value_of("cn-south-1")).build()


def smoke_test():
    for factory in (shanghai_client, singapore_client):
        print(factory.__name__, factory().list_assets(ListAssetsRequest(limit=1)).count)
