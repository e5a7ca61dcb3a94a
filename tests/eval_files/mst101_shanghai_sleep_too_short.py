"""Seed the Shanghai tenant with the products of a JSON catalogue, then re-tag them.

The first loop sleeps, but not long enough for cn-east-3's 3 calls/s on create_product.
"""
import json
import logging
import os
import sys
from time import sleep as pause

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    CreateProductRequest,
    CreateProductRequestBody,
    MetaStudioClient,
    UpdateProductRequest,
    UpdateProductRequestBody,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

log = logging.getLogger("seed_shanghai")

REGION = MetaStudioRegion.CN_EAST_3
PRODUCTS_PER_SECOND = 2


def build_client():
    creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"])
    return MetaStudioClient.new_builder().with_credentials(creds).with_region(REGION).build()


client = build_client()


def seed(catalogue):
    ids = {}
    for item in catalogue:
        body = CreateProductRequestBody(name=item["name"], description=item["desc"], tags=item.get("tags"))
        # 0.1 s call + 0.2 s sleep = 0.3 s -> 3.33/s > 3/s (create_product, cn-east-3)
        resp = client.create_product(CreateProductRequest(body=body))  # expect: MST101 ~3.33/s
        ids[item["name"]] = resp.product_id
        pause(0.2)
    return ids


def retag(ids, campaign):
    for name, product_id in ids.items():
        body = UpdateProductRequestBody(name=name, tags=[campaign])
        # 0.1 s call + 1 / 2 = 0.5 s sleep -> 1.67/s <= 3/s: no finding
        client.update_product(UpdateProductRequest(product_id=product_id, body=body))
        pause(1 / PRODUCTS_PER_SECOND)


def main(argv):
    with open(argv[1], encoding="utf-8") as fh:
        catalogue = json.load(fh)
    ids = seed(catalogue)
    retag(ids, argv[2] if len(argv) > 2 else "spring-sale")
    log.info("seeded %d products in %s", len(ids), REGION.id)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main(sys.argv)
