"""Thin wrapper over the product APIs, so jobs never touch request classes."""
from typing import Optional

from huaweicloudsdkmetastudio.v1 import (
    CreateProductRequest,
    CreateProductRequestBody,
    MetaStudioClient,
    ShowProductRequest,
    UpdateProductRequest,
)

from ..clients import build_client


class ProductService:
    def __init__(self, client: Optional[MetaStudioClient] = None) -> None:
        self._client = client or build_client()

    def create(self, name: str, description: str = "") -> str:
        body = CreateProductRequestBody(name=name, description=description)
        resp = self._client.create_product(CreateProductRequest(body=body))
        return resp.product_id

    def details(self, product_id: str):
        return self._client.show_product(ShowProductRequest(product_id=product_id))

    def update(self, product_id: str, body) -> None:
        self._client.update_product(UpdateProductRequest(product_id=product_id, body=body))
