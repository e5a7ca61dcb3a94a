"""Product catalogue of the live rooms, on top of the MetaStudio product APIs."""
import logging
from typing import Dict, Iterator, List

from huaweicloudsdkmetastudio.v1 import (
    CreateProductRequest,
    CreateProductRequestBody,
    ListProductsRequest,
    MetaStudioClient,
    ProductAssetReleation,
    ProductMediaInfo,
    ProductTextInfo,
    SetProductAssetRequest,
    ShowProductRequest,
    UpdateProductRequest,
    UpdateProductRequestBody,
)
from ratelimit import limits, sleep_and_retry

from shopfront_anchor import settings

log = logging.getLogger(__name__)


def _selling_points(points: List[str]) -> List[ProductTextInfo]:
    return [ProductTextInfo(title="selling-point", text=p) for p in points]


class ProductCatalog:
    """Wraps the SDK client handed in by the caller (constructor injection)."""

    def __init__(self, client: MetaStudioClient):
        self._client = client

    @sleep_and_retry
    @limits(calls=settings.PRODUCT_WRITES_PER_SECOND, period=1)
    def create_product(self, name: str, description: str, points: List[str]) -> str:
        body = CreateProductRequestBody(
            name=name,
            description=description,
            text_list=_selling_points(points),
            auto_active=True,
        )
        resp = self._client.create_product(CreateProductRequest(body=body))
        log.info("created product %s (%s)", resp.product_id, name)
        return resp.product_id

    def update_listing(self, product_id: str, description: str, points: List[str]) -> None:
        body = UpdateProductRequestBody(description=description, text_list=_selling_points(points))
        self._client.update_product(UpdateProductRequest(product_id=product_id, body=body))

    def describe(self, product_id: str) -> Dict[str, str]:
        resp = self._client.show_product(ShowProductRequest(product_id=product_id))
        return {
            "product_id": resp.product_id,
            "name": resp.name,
            "state": resp.state,
            "updated": resp.update_time,
        }

    def attach_image(self, product_id: str, asset_id: str, order: int) -> None:
        relation = ProductAssetReleation(
            asset_item=ProductMediaInfo(asset_id=asset_id, asset_type="IMAGE", order=order),
            action="LINK",
        )
        self._client.set_product_asset(SetProductAssetRequest(product_id=product_id, body=relation))

    def iter_products(self, state: str = "ACTIVED") -> Iterator:
        offset = 0
        while True:
            page = self._client.list_products(
                ListProductsRequest(offset=offset, limit=settings.PAGE_SIZE, state=state)
            )
            products = page.products or []
            yield from products
            offset += len(products)
            if not products or offset >= (page.count or 0):
                return
