"""Product catalogue writes, paced below the per-tenant limits."""
from huaweicloudsdkmetastudio.v1 import (
    CreateProductRequest,
    CreateProductRequestBody,
    SetProductAssetRequest,
    ShowProductRequest,
    UpdateProductRequest,
    UpdateProductRequestBody,
)

from shop.clients import client
from shop.settings import PRODUCT_WRITES_PER_SECOND
from shop.utils import paced


class CatalogService:
    @paced(PRODUCT_WRITES_PER_SECOND)
    def create(self, name, description):
        body = CreateProductRequestBody(name=name, description=description)
        return client.create_product(CreateProductRequest(body=body)).product_id

    @paced(per_second=2)
    def update(self, product_id, description):
        body = UpdateProductRequestBody(description=description)
        client.update_product(UpdateProductRequest(product_id=product_id, body=body))

    @paced(2)
    def attach(self, product_id, body):
        client.set_product_asset(SetProductAssetRequest(product_id=product_id, body=body))

    def show(self, product_id):
        return client.show_product(ShowProductRequest(product_id=product_id))
