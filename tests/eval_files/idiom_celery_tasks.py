"""Celery tasks that create live-commerce products, queued from the admin import."""
import os

from celery import Celery, group
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    CreateProductRequest,
    CreateProductRequestBody,
    DeleteProductRequest,
    MetaStudioClient,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

app = Celery("catalog", broker=os.environ.get("BROKER_URL", "redis://localhost:6379/0"))

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
    .with_region(MetaStudioRegion.CN_NORTH_4)
    .build()
)


@app.task
def create_product(name):
    return client.create_product(CreateProductRequest(body=CreateProductRequestBody(name=name))).product_id


@app.task(rate_limit="5/s")
def delete_product(product_id):
    client.delete_product(DeleteProductRequest(product_id=product_id))


def queue_creates(names):
    for name in names:
        # every worker runs one task per 0.1 s: >= 10/s > 4/s whatever the worker count
        create_product.delay(name)  # expect: MST102


def queue_creates_later(names):
    for name in names:
        create_product.apply_async(args=(name,), countdown=5)  # expect: MST102


def queue_group(names):
    return group(create_product.s(n) for n in names).apply_async()  # expect: MST102


def queue_deletes(product_ids):
    for product_id in product_ids:
        # rate_limit caps each worker at 5/s, which is still > 4/s (delete_product)
        delete_product.delay(product_id)  # expect: MST102
