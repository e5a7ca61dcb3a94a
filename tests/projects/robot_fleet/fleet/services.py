"""Services that wrap the SDK for the jobs."""
from huaweicloudsdkmetastudio.v1 import (CreateProductRequest, DeleteProductRequest, ShowProductRequest,
                                         UpdateProductRequest)
from ratelimit import limits, sleep_and_retry

from fleet.base import ClientBase
from fleet.robots import RobotMixin


class RobotFleet(RobotMixin, ClientBase):
    """Robots of one region."""


class ProductService(ClientBase):
    def add(self, body):
        return self.client.create_product(CreateProductRequest(body=body))

    def update(self, product_id, body):
        return self.client.update_product(UpdateProductRequest(product_id=product_id, body=body))

    def pop(self, product_id):
        return self.client.delete_product(DeleteProductRequest(product_id=product_id))

    def get(self, product_id):
        return self.client.show_product(ShowProductRequest(product_id=product_id))


products = ProductService("cn-north-4")


@sleep_and_retry
@limits(calls=8, period=1)
def paced_update(product_id, body):
    return products.update(product_id, body)


@sleep_and_retry
@limits(calls=2, period=1)
def slow_update(product_id, body):
    return products.update(product_id, body)
