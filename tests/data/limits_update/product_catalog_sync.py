"""Nightly job: push the shop's product catalogue into the live-commerce studio.

One product per 0.1 s sleep plus a 0.1 s call: 5 calls per second in cn-north-4.
"""
import csv
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import CreateProductRequest, CreateProductRequestBody, MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion


def build_client(ak, sk, project_id):
    return (MetaStudioClient.new_builder()
            .with_credentials(BasicCredentials(ak, sk, project_id))
            .with_region(MetaStudioRegion.value_of("cn-north-4"))
            .build())


def sync(path, client):
    with open(path, newline="", encoding="utf-8") as fh:
        for item in csv.DictReader(fh):
            body = CreateProductRequestBody(product_name=item["name"], description=item["description"])
            client.create_product(CreateProductRequest(body=body))
            time.sleep(0.1)
