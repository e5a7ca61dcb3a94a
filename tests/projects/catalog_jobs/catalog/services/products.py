"""Products in MetaStudio, the way the rest of the code wants them."""
from huaweicloudsdkmetastudio.v1 import (
    CreateProductRequest,
    CreateProductRequestBody,
    ShowProductRequest,
    UpdateProductRequest,
    UpdateProductRequestBody,
)

from catalog.clients import build_client


class ProductService:
    def __init__(self):
        self._client = build_client()

    def create(self, name: str, description: str = ""):
        body = CreateProductRequestBody(name=name, description=description)
        return self._client.create_product(CreateProductRequest(body=body))

    def rename(self, product_id: str, name: str):
        body = UpdateProductRequestBody(name=name)
        return self._client.update_product(UpdateProductRequest(product_id=product_id, body=body))

    def details(self, product_id: str):
        return self._client.show_product(ShowProductRequest(product_id=product_id))
