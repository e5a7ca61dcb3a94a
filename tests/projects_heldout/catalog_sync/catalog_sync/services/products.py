"""Thin service over the live-commerce product APIs."""
from huaweicloudsdkmetastudio.v1 import (
    CreateProductRequest,
    CreateProductRequestBody,
    DeleteProductRequest,
    ListProductsRequest,
    ShowProductRequest,
    UpdateProductRequest,
    UpdateProductRequestBody,
)

from catalog_sync.clients import make_client
from catalog_sync.utils.retry import retry_on_throttle


class ProductService:
    def __init__(self, client=None):
        self.client = client or make_client()

    def create(self, name, description, tags=None):
        body = CreateProductRequestBody(name=name, description=description, tags=tags or [])
        return self.client.create_product(CreateProductRequest(body=body))

    @retry_on_throttle(attempts=5)
    def reprice(self, product_id, description):
        body = UpdateProductRequestBody(description=description)
        return self.client.update_product(UpdateProductRequest(product_id=product_id, body=body))

    def get(self, product_id):
        return self.client.show_product(ShowProductRequest(product_id=product_id))

    def delete(self, product_id):
        self.client.delete_product(DeleteProductRequest(product_id=product_id))

    def page(self, offset, limit=50):
        return self.client.list_products(ListProductsRequest(offset=offset, limit=limit))
