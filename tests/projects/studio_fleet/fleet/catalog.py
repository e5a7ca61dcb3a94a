"""Nightly product import for the Shanghai studio."""
import json

from huaweicloudsdkmetastudio.v1 import CreateProductRequest, CreateProductReq

from fleet.clients import STUDIO_CLIENTS


def import_products(lines):
    client = STUDIO_CLIENTS["sh"]
    for line in lines:
        item = json.loads(line)
        body = CreateProductReq(product_name=item["name"], product_id=item["sku"])
        client.create_product(CreateProductRequest(body=body))  # expect: MST101 ~10/s
