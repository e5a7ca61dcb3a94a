from huaweicloudsdkmetastudio.v1 import CreateProductRequest, DeleteProductRequest

from suite.client import sync_client
from suite.utils import limits, paced, sleep_and_retry

CLIENT = sync_client()


@paced(0.3)
def create_product(body):
    return CLIENT.create_product(CreateProductRequest(body=body))


@sleep_and_retry
@limits(calls=3, period=1)
def delete_product(product_id):
    return CLIENT.delete_product(DeleteProductRequest(product_id=product_id))
