"""Live-commerce products in MetaStudio."""
import time
from typing import Iterator, Mapping, Optional

from huaweicloudsdkmetastudio.v1 import (
    CreateProductRequest,
    CreateProductRequestBody,
    DeleteProductRequest,
    ListProductsRequest,
    ProductAssetReleation,
    ProductMediaInfo,
    SetProductAssetRequest,
    ShowProductRequest,
    UpdateProductRequest,
    UpdateProductRequestBody,
)

from ..core.clients import get_client
from ..core.settings import SETTINGS
from ..core.throttle import PAGE_PAUSE_S


class ProductService:
    """Thin wrapper; every instance shares the process-wide client."""

    client = get_client()

    def create(self, row: Mapping[str, str]) -> str:
        body = CreateProductRequestBody(
            name=row["name"],
            description=row.get("description", ""),
            tags=[tag for tag in row.get("tags", "").split("|") if tag],
            auto_active=True,
        )
        request = CreateProductRequest(x_app_user_id=SETTINGS.app_user_id, body=body)
        return self.client.create_product(request).product_id

    def update(self, product_id: str, fields: Mapping[str, object]) -> None:
        body = UpdateProductRequestBody(**fields)
        self.client.update_product(UpdateProductRequest(product_id=product_id, body=body))

    def show(self, product_id: str):
        return self.client.show_product(ShowProductRequest(product_id=product_id))

    def delete(self, product_id: str) -> None:
        self.client.delete_product(DeleteProductRequest(product_id=product_id))

    def link_asset(self, product_id: str, asset_id: str, asset_type: str, order: int) -> None:
        relation = ProductAssetReleation(
            asset_item=ProductMediaInfo(asset_id=asset_id, asset_type=asset_type, order=order),
            action="LINK",
        )
        self.client.set_product_asset(SetProductAssetRequest(product_id=product_id, body=relation))

    def iter_products(self, state: Optional[str] = None) -> Iterator:
        offset = 0
        while True:
            request = ListProductsRequest(offset=offset, limit=SETTINGS.page_size, state=state)
            resp = self.client.list_products(request)
            products = resp.products or []
            yield from products
            offset += len(products)
            if not products or offset >= (resp.count or 0):
                return
            time.sleep(PAGE_PAUSE_S)
