"""ProductRepository: the only place that talks to the MetaStudio product APIs."""
import functools
import logging
from dataclasses import dataclass
from typing import List, Optional

from huaweicloudsdkcore.exceptions import exceptions
from huaweicloudsdkmetastudio.v1 import (
    CreateProductRequest,
    CreateProductRequestBody,
    ListProductsRequest,
    MetaStudioClient,
    ProductAssetReleation,
    ProductMediaInfo,
    SetProductAssetRequest,
    ShowProductRequest,
    UpdateProductRequest,
    UpdateProductRequestBody,
)
from tenacity import retry, retry_if_exception_type, stop_after_attempt

from live_commerce.clients import build_client

log = logging.getLogger(__name__)


@dataclass
class PriceChange:
    product_id: str
    price_text: str


class ProductRepository:
    def __init__(self, client: MetaStudioClient):
        self._client = client

    def create(self, name: str, description: str, tags: Optional[List[str]] = None,
               cover_asset_id: Optional[str] = None) -> str:
        assets = [ProductMediaInfo(asset_id=cover_asset_id, asset_type="IMAGE", order=1)] if cover_asset_id else None
        body = CreateProductRequestBody(name=name, description=description, tags=tags, asset_list=assets)
        resp = self._client.create_product(CreateProductRequest(body=body))
        log.debug("created product %s (%s)", resp.product_id, name)
        return resp.product_id

    def get(self, product_id: str):
        return self._client.show_product(ShowProductRequest(product_id=product_id))

    def update_description(self, product_id: str, description: str) -> None:
        body = UpdateProductRequestBody(description=description)
        self._client.update_product(UpdateProductRequest(product_id=product_id, body=body))

    def update_price(self, change: PriceChange) -> None:
        body = UpdateProductRequestBody(tags=[f"price:{change.price_text}"])
        self._client.update_product(UpdateProductRequest(product_id=change.product_id, body=body))

    def list_all(self, page_size: int = 50) -> list:
        products, offset = [], 0
        while True:
            resp = self._client.list_products(ListProductsRequest(offset=offset, limit=page_size))
            page = resp.products or []
            products.extend(page)
            if len(page) < page_size:
                return products
            offset += page_size

    @retry(stop=stop_after_attempt(4), retry=retry_if_exception_type(exceptions.ClientRequestException),
           reraise=True)
    def attach_asset(self, product_id: str, asset_id: str, asset_type: str = "IMAGE") -> None:
        link = ProductAssetReleation(asset_item=ProductMediaInfo(asset_id=asset_id, asset_type=asset_type),
                                     action="LINK")
        self._client.set_product_asset(SetProductAssetRequest(product_id=product_id, body=link))  # expect: MST104


@functools.lru_cache(maxsize=1)
def default_repository() -> ProductRepository:
    return ProductRepository(build_client())
