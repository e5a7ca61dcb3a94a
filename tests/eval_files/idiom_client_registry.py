"""Clients per site in a registry filled at start-up and in a list."""
import os
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.region.region import Region
from huaweicloudsdkmetastudio.v1 import (
    CreateDialogUrlReq,
    CreateDialogUrlRequest,
    CreateProductRequest,
    CreateProductRequestBody,
    MetaStudioClient,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion


def build(region):
    creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"])
    return MetaStudioClient.new_builder().with_credentials(creds).with_region(region).build()


REGISTRY = {}
SITES = [build(MetaStudioRegion.CN_EAST_3), build(Region("ap-southeast-3", "https://metastudio.ap-southeast-3.myhuaweicloud.com"))]
PER_SITE = {"sh": SITES[0], "sg": SITES[1]}


def init():
    REGISTRY["sg"] = build(MetaStudioRegion.AP_SOUTHEAST_3)


def dialog_link(room_id, robot_id):
    body = CreateDialogUrlReq(room_id=room_id, robot_id=robot_id)
    # Singapore does not offer "Creating a Dialog Link"
    return REGISTRY["sg"].create_dialog_url(CreateDialogUrlRequest(body=body))  # expect: MST201


def seed_sites(names):
    for site_client in SITES:
        for name in names:
            # 10/s > 3/s in both cn-east-3 and ap-southeast-3
            site_client.create_product(CreateProductRequest(body=CreateProductRequestBody(name=name)))  # expect: MST101 ~10/s


def seed_site(site, names):
    for name in names:
        # whichever site: 1 / 0.2 s = 5/s > 3/s in cn-east-3 and in ap-southeast-3
        PER_SITE[site].create_product(CreateProductRequest(body=CreateProductRequestBody(name=name)))  # expect: MST101 ~5/s
        time.sleep(0.1)


def seed_pairs(names):
    for site, site_client in PER_SITE.items():
        for name in names:
            site_client.create_product(CreateProductRequest(body=CreateProductRequestBody(name=site + name)))  # expect: MST101 ~10/s
