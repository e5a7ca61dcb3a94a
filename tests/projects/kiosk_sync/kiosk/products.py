"""Catalogue calls, paced with ratelimit at the figures of the settings."""
from huaweicloudsdkmetastudio.v1 import CreateProductRequest, UpdateProductRequest
from ratelimit import limits, sleep_and_retry

from kiosk.client import client
from kiosk.settings import CREATE_CALLS, PUSH_CALLS, PUSH_PERIOD


@sleep_and_retry
@limits(calls=PUSH_CALLS, period=PUSH_PERIOD)
def push(product_id, body):
    return client.update_product(UpdateProductRequest(product_id=product_id, body=body))


@sleep_and_retry
@limits(calls=CREATE_CALLS, period=1)
def create(body):
    return client.create_product(CreateProductRequest(body=body))
