"""Attach the product media (images / videos uploaded by the studio team) to each live product.

links.yaml:
  <product_id>:
    - {asset_id: ..., asset_type: IMAGE}
"""
import logging
import os
import sys
import time

import yaml
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    MetaStudioClient,
    ProductAssetReleation,
    ProductMediaInfo,
    SetProductAssetRequest,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

log = logging.getLogger("link_media")

creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"])
client = MetaStudioClient.new_builder().with_credentials(creds).with_region(MetaStudioRegion.value_of("cn-north-4")).build()


def link_request(product_id, order, media):
    item = ProductMediaInfo(asset_id=media["asset_id"], asset_type=media["asset_type"], order=order)
    return SetProductAssetRequest(product_id=product_id, body=ProductAssetReleation(asset_item=item, action="LINK"))


def link_all(links):
    for product_id, media_list in links.items():
        for order, media in enumerate(media_list):
            # inner loop has no delay; the outer sleep does not slow this burst: 10/s > 4/s
            client.set_product_asset(link_request(product_id, order, media))  # expect: MST101 ~10/s @13
        log.info("linked %d assets to %s", len(media_list), product_id)
        time.sleep(2)


def unlink_all(links):
    for product_id, media_list in links.items():
        for order, media in enumerate(media_list):
            req = link_request(product_id, order, media)
            req.body.action = "UNLINK"
            # delay in the innermost loop: 1 / (0.1 + 0.5) = 1.67/s <= 4/s
            client.set_product_asset(req)
            time.sleep(0.5)
        log.info("unlinked %s", product_id)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    with open(sys.argv[1], encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if "--undo" in sys.argv:
        unlink_all(data)
    else:
        link_all(data)
