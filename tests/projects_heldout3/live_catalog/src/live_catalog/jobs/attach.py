"""Attach asset portfolios to products, paced well under the limit."""
import time

from huaweicloudsdkmetastudio.v1 import SetProductAssetRequest

from ..clients import build_client


def attach_all(portfolios):
    client = build_client()
    for product_id, body in portfolios.items():
        client.set_product_asset(SetProductAssetRequest(product_id=product_id, body=body))
        time.sleep(0.5)
