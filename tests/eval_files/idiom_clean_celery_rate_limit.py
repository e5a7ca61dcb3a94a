"""Celery tasks whose rate_limit keeps all workers together under the API limit."""
import os
import time

from celery import Celery
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import CreateProductRequest, CreateProductRequestBody, MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

app = Celery("catalog", broker=os.environ.get("BROKER_URL", "redis://localhost:6379/0"))

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
    .with_region(MetaStudioRegion.CN_NORTH_4)
    .build()
)


@app.task(rate_limit="6/m")
def create_product(name):
    # 6 per minute per worker = 0.1/s; even 32 workers make 3.2/s <= 4/s
    return client.create_product(CreateProductRequest(body=CreateProductRequestBody(name=name))).product_id


@app.task
def create_product_unlimited(name):
    return client.create_product(CreateProductRequest(body=CreateProductRequestBody(name=name))).product_id


def queue_creates(names):
    for name in names:
        create_product.delay(name)


def trickle(names):
    for name in names:
        create_product_unlimited.delay(name)
        time.sleep(0.5)  # the loop hands out 2 tasks per second: 2/s <= 4/s
